import type { SimulatorLatency } from './profile/SimulatorLatency';
import type { SimulatorWire, SimulatorWireOptions } from './wire/SimulatorWire';

/** The server's wire profile, page limit, latency, session bound and clock as they are now (see `simulator.admin.settings`). */
export interface SimulatorSettings {
  readonly wire: SimulatorWire;
  readonly maximumPageSize: number;
  /** Per-call latency; `null` = answers at once. */
  readonly latency: SimulatorLatency | null;
  /** Open sessions a user may hold; `null` = unbounded (JSON has no Infinity). */
  readonly maxSessionsPerUser: number | null;
  readonly clockOffsetMs: number;
  readonly timeZone: string;
  /** Server time now as the server writes it: `MM/DD/YYYY HH:MM:SS` in `timeZone`. */
  readonly serverTime: string;
}

/** What `simulator.admin.configure` may change at run time. */
export interface SimulatorSettingsChange {
  readonly wire?: SimulatorWireOptions;
  readonly maximumPageSize?: number;
  /** `null` removes the latency. */
  readonly latency?: SimulatorLatency | null;
  /** `null` (or `Infinity`) removes the bound. */
  readonly maxSessionsPerUser?: number | null;
}

/** What `simulator.admin.setServerClock` may change at run time. */
export interface ServerClockChange {
  readonly offsetMs?: number;
  readonly timeZone?: string;
}
