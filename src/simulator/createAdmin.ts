import { formatSiebelDateTime } from './data/siebelDate';
import type { ServerState } from './ServerState';
import type { ServerClockChange, SimulatorAdmin, SimulatorSettings } from './types';
import { zeroCounters } from './ServerState';
import { checkMaximumPageSize } from './wire/checkMaximumPageSize';
import { resolveWire } from './wire/resolveWire';

/** The settings `createSimulator` started with, which `admin.reset()` restores. */
export interface InitialSettings {
  readonly wire: SimulatorSettings['wire'];
  readonly maximumPageSize: number;
  readonly clock: Required<ServerClockChange>;
}

/** `simulator.admin`: packages, sessions, the whole state, and the settings an admin may change at run time. */
export function createAdmin(state: ServerState, initial: InitialSettings): SimulatorAdmin {
  const settings = (): SimulatorSettings => ({
    wire: state.settings.wire,
    maximumPageSize: state.settings.maximumPageSize,
    clockOffsetMs: state.serverClock.offsetMs,
    timeZone: state.serverClock.timeZone,
    serverTime: formatSiebelDateTime(state.serverClock.wallNow()),
  });
  return {
    publishPackage: (key, change) => state.catalog.publish(key, change),
    unpublishPackage: (key) => state.catalog.unpublish(key),
    packages: () => state.catalog.list(),
    packageFiles: (key) => state.catalog.files(key),
    restart: () => state.sessions.clear(),
    reset: () => {
      state.catalog.reset();
      state.data.reset();
      state.sessions.clear();
      state.faults.clear();
      state.rejections.length = 0;
      Object.assign(state.counters, zeroCounters());
      state.settings.wire = initial.wire;
      state.settings.maximumPageSize = initial.maximumPageSize;
      state.serverClock.set(initial.clock);
    },
    settings,
    configure: (change) => {
      // Check both before changing either, so a bad call changes nothing.
      const wire = resolveWire(state.settings.wire, change.wire);
      const limit = change.maximumPageSize === undefined ? state.settings.maximumPageSize : checkMaximumPageSize(change.maximumPageSize);
      state.settings.wire = wire;
      state.settings.maximumPageSize = limit;
      return settings();
    },
    setServerClock: (change) => {
      state.serverClock.set(change);
      return settings();
    },
  };
}
