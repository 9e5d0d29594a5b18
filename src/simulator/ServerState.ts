import type { ServerClock } from './clock/ServerClock';
import type { DataSet } from './data/DataSet';
import type { FaultInjector } from './faults/FaultInjector';
import type { PackageCatalog } from './metadata/PackageCatalog';
import type { SimulatorLatency } from './profile/SimulatorLatency';
import type { SessionStore } from './session/SessionStore';
import type { TrafficMeter } from './traffic/TrafficMeter';
import type { CommandRejection, SimulatorClock, SimulatorUser, SimulatorWire } from './types';

/** Mutable counters behind `simulator.counters()`. */
export interface MutableCounters {
  logins: number;
  failedLogins: number;
  refusedSessions: number;
  logoffs: number;
  expiredSessions: number;
  rejectedTokens: number;
  calls: Record<string, number>;
  faultsInjected: number;
  inserts: number;
  updates: number;
  deletes: number;
  rejectedCommands: number;
  writes: Record<string, { inserts: number; updates: number; deletes: number }>;
  /** Numbers the log file name of each fault, as Siebel names one log per task. */
  faultLogs: number;
}

/** Settings an admin may change at run time (`simulator.admin.configure`). */
export interface WireSettings {
  wire: SimulatorWire;
  maximumPageSize: number;
  /** Waited before every EAI call answers; undefined = none. */
  latency: SimulatorLatency | undefined;
  /** Infinity = unbounded. */
  maxSessionsPerUser: number;
}

/** Everything the core needs to answer a request. */
export interface ServerState {
  /** The simulator clock: sessions, timeouts, latency and latency faults. */
  readonly clock: SimulatorClock;
  /** The `random` option: fault probabilities and latency jitter. */
  readonly random: () => number;
  /** The server's own clock (offset, time zone): every stamp the server writes. */
  readonly serverClock: ServerClock;
  readonly settings: WireSettings;
  readonly users: readonly SimulatorUser[];
  readonly sessions: SessionStore;
  readonly catalog: PackageCatalog;
  readonly data: DataSet;
  readonly faults: FaultInjector;
  readonly counters: MutableCounters;
  /** Requests, bytes, logins and peak sessions, reset on its own (`admin.resetTraffic`). */
  readonly traffic: TrafficMeter;
  readonly maxRequestBytes: number;
  readonly maxCachedQueries: number;
  /** Sort spec per data type for queries that name none (`SimulatorOptions.defaultSort`). */
  readonly defaultSort: Readonly<Record<string, string>>;
  /** Refusals set by `simulator.data.rejectNext`, consumed by matching commands. */
  readonly rejections: Array<{ rule: CommandRejection; left: number }>;
  /** Wakes calls held by the `hang` fault (see `simulator.close()`). */
  readonly hangs: Set<() => void>;
}

/** Fresh counters. */
export function zeroCounters(): MutableCounters {
  return {
    logins: 0,
    failedLogins: 0,
    refusedSessions: 0,
    logoffs: 0,
    expiredSessions: 0,
    rejectedTokens: 0,
    calls: {},
    faultsInjected: 0,
    inserts: 0,
    updates: 0,
    deletes: 0,
    rejectedCommands: 0,
    writes: {},
    faultLogs: 0,
  };
}
