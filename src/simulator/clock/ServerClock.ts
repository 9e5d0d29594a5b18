import { SimulatorOptionError } from '../SimulatorOptionError';
import type { ServerClockChange, SimulatorClock } from '../types';
import { checkTimeZone, wallTime } from './wallTime';

/**
 * The simulated server's clock (shared/spec/field-evidence.md §6): the simulator clock plus an
 * offset, read as wall time in the server's time zone. Sessions keep using the simulator clock:
 * the offset models a server whose clock is set differently, not one whose time runs faster.
 */
export class ServerClock {
  private offset = 0;
  private zone = 'UTC';

  constructor(
    private readonly clock: SimulatorClock,
    initial: ServerClockChange = {},
  ) {
    this.set(initial, { offsetMs: 'clockOffsetMs', timeZone: 'timeZone' });
  }

  get offsetMs(): number {
    return this.offset;
  }

  get timeZone(): string {
    return this.zone;
  }

  /**
   * Server time now as a wall-time ms (see `wallTime`): format it with `formatSiebelDateTime` to get
   * the stamp the server writes.
   */
  wallNow(): number {
    return wallTime(this.clock.now() + this.offset, this.zone);
  }

  /** Changes the offset and/or zone; both are checked before either changes. */
  set(change: ServerClockChange, names = { offsetMs: 'offsetMs', timeZone: 'timeZone' }): void {
    if (change.offsetMs !== undefined && !Number.isFinite(change.offsetMs)) {
      throw new SimulatorOptionError(
        names.offsetMs,
        `The clock offset must be a finite number of ms, not ${String(change.offsetMs)}`,
      );
    }
    if (change.timeZone !== undefined) checkTimeZone(change.timeZone, names.timeZone);
    this.offset = change.offsetMs ?? this.offset;
    this.zone = change.timeZone ?? this.zone;
  }
}
