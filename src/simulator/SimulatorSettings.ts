import type { SimulatorWire, SimulatorWireOptions } from './wire/SimulatorWire';

/** The server's wire profile, page limit and clock as they are now (see `simulator.admin.settings`). */
export interface SimulatorSettings {
  readonly wire: SimulatorWire;
  readonly maximumPageSize: number;
  readonly clockOffsetMs: number;
  readonly timeZone: string;
  /** Server time now as the server writes it: `MM/DD/YYYY HH:MM:SS` in `timeZone`. */
  readonly serverTime: string;
}

/** What `simulator.admin.configure` may change at run time. */
export interface SimulatorSettingsChange {
  readonly wire?: SimulatorWireOptions;
  readonly maximumPageSize?: number;
}

/** What `simulator.admin.setServerClock` may change at run time. */
export interface ServerClockChange {
  readonly offsetMs?: number;
  readonly timeZone?: string;
}
