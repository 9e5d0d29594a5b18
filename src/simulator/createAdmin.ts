import { formatSiebelDateTime } from './data/siebelDate';
import { checkMaxSessionsPerUser } from './profile/checkMaxSessionsPerUser';
import { checkLatency } from './profile/SimulatorLatency';
import type { ServerState, WireSettings } from './ServerState';
import type { ServerClockChange, SimulatorAdmin, SimulatorSettings, SimulatorSettingsChange } from './types';
import { zeroCounters } from './ServerState';
import { checkMaximumPageSize } from './wire/checkMaximumPageSize';
import { resolveWire } from './wire/resolveWire';

/** The settings `createSimulator` started with, which `admin.reset()` restores. */
export interface InitialSettings {
  readonly settings: Readonly<WireSettings>;
  readonly clock: Required<ServerClockChange>;
}

/** `simulator.admin`: packages, sessions, the whole state, and the settings an admin may change at run time. */
export function createAdmin(state: ServerState, initial: InitialSettings): SimulatorAdmin {
  const settings = (): SimulatorSettings => ({
    wire: state.settings.wire,
    maximumPageSize: state.settings.maximumPageSize,
    latency: state.settings.latency ?? null,
    maxSessionsPerUser: state.settings.maxSessionsPerUser === Infinity ? null : state.settings.maxSessionsPerUser,
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
      resetTraffic(state);
      Object.assign(state.settings, initial.settings);
      state.serverClock.set(initial.clock);
    },
    settings,
    configure: (change) => {
      // Check every field before changing any, so a bad call changes nothing.
      Object.assign(state.settings, changedSettings(state.settings, change));
      return settings();
    },
    setServerClock: (change) => {
      state.serverClock.set(change);
      return settings();
    },
    traffic: () => state.traffic.snapshot(),
    resetTraffic: () => {
      const before = state.traffic.snapshot();
      resetTraffic(state);
      return before;
    },
  };
}

/** Traffic counts from zero; the peaks restart from the sessions still open. */
function resetTraffic(state: ServerState): void {
  state.traffic.reset(state.sessions.count(), (userName) => state.sessions.count(userName));
}

/** `current` with the fields of `change` applied, each checked (`SimulatorOptionError` names a bad one). */
function changedSettings(current: WireSettings, change: SimulatorSettingsChange): WireSettings {
  const { latency, maxSessionsPerUser } = change;
  return {
    wire: resolveWire(current.wire, change.wire),
    maximumPageSize:
      change.maximumPageSize === undefined ? current.maximumPageSize : checkMaximumPageSize(change.maximumPageSize),
    latency: latency === undefined ? current.latency : latency === null ? undefined : checkLatency(latency),
    maxSessionsPerUser:
      maxSessionsPerUser === undefined
        ? current.maxSessionsPerUser
        : checkMaxSessionsPerUser(maxSessionsPerUser ?? Infinity),
  };
}
