/**
 * Public types of the Siebel Server simulator. The simulator shares no type with the client
 * (conventions.md §12): these describe the simulator's own knobs, not the wire contract.
 */

import type { ServerClockChange, SimulatorSettings, SimulatorSettingsChange } from './SimulatorSettings';
import type { SimulatorLatency } from './profile/SimulatorLatency';
import type { SimulatorTraffic } from './traffic/SimulatorTraffic';
import type { SimulatorWireOptions } from './wire/SimulatorWire';

export type { ServerClockChange, SimulatorSettings, SimulatorSettingsChange } from './SimulatorSettings';
export type { SimulatorLatency } from './profile/SimulatorLatency';
export type { SimulatorProfile } from './profile/simulatorProfiles';
export type { SimulatorTraffic } from './traffic/SimulatorTraffic';
export type { SimulatorOperationNames, SimulatorWire, SimulatorWireOptions } from './wire/SimulatorWire';

/** Time source of the simulator; `sleep` (optional) lets tests drive latency (option and faults) without waiting. */
export interface SimulatorClock {
  now(): number;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

/** A user the simulator accepts, with the responsibilities (row ids) that lead to packages. */
export interface SimulatorUser {
  readonly userName: string;
  readonly password: string;
  readonly fullName: string;
  /** Row ids of responsibilities, in the order the server searches them for a package. */
  readonly responsibilityIds: readonly string[];
  /** Login names of the direct reports (the `Manager` view mode shows their records too). */
  readonly reports?: readonly string[];
}

/** Size and seed of the generated CRM data set (see `DataSet`). */
export interface DataSetOptions {
  /** Accounts visible to the demo sales rep (JSMITH); default 50. */
  readonly accounts?: number;
  readonly contactsPerAccount?: number;
  readonly opportunitiesPerAccount?: number;
  readonly activitiesPerAccount?: number;
  /** Share of extra accounts (with their children) owned by other users; default 0.1. */
  readonly othersRatio?: number;
  readonly seed?: number;
}

/** Options of `createSimulator`; every field has a default that suits `npm start`. */
export interface SimulatorOptions {
  /** How the services are published; default `DEFAULT_SIMULATOR_WIRE` (Siebel-generated services). */
  readonly wire?: SimulatorWireOptions;
  /**
   * The object manager's `MaximumPageSize`; default 100. A QueryPage asking for more is refused with
   * SBL-EAI-04447 (nothing is trimmed), as a real server does.
   */
  readonly maximumPageSize?: number;
  /**
   * Time the object manager takes over every EAI call (login, QueryPage, ExecuteBatch, logoff…):
   * `fixedMs + random × jitterMs`, waited on `clock` before answering. Default none (answers at once).
   * See `FIELD_PROFILE` for a field-like value.
   */
  readonly latency?: SimulatorLatency;
  /**
   * Open sessions one user may hold at once; default unbounded. A login beyond it is refused with
   * SBL-SMI-00114 (reconstructed), as an object manager with no room for another task refuses it.
   */
  readonly maxSessionsPerUser?: number;
  /**
   * Server clock = `clock` + this many ms (default 0): a Siebel server whose clock is not the client's.
   * Applies to every stamp the server writes, not to session timeouts.
   */
  readonly clockOffsetMs?: number;
  /**
   * IANA time zone (default `UTC`) in which the server writes `Created`/`Updated` and other stamps
   * (`MM/DD/YYYY HH:MM:SS`, no zone marker) and reads date literals in query criteria.
   */
  readonly timeZone?: string;
  readonly clock?: SimulatorClock;
  /** Random source for fault probabilities and latency jitter; default `Math.random`. Seed it to repeat a run. */
  readonly random?: () => number;
  /** Issues session tokens; default 48 random base64url characters. Tests pass `TOKEN-1`, `TOKEN-2`, … */
  readonly tokenGenerator?: () => string;
  /** Idle timeout of a session token in seconds (Siebel `SessionTokenTimeout`); default 900. */
  readonly sessionTokenTimeoutSeconds?: number;
  /** Maximum age of a session in minutes (Siebel `SessionTokenMaxAge`); default 2880. */
  readonly sessionTokenMaxAgeMinutes?: number;
  /** Largest accepted request body in bytes; default 8 MiB. */
  readonly maxRequestBytes?: number;
  /** Users; default `DEMO_USERS`. */
  readonly users?: readonly SimulatorUser[];
  readonly data?: DataSetOptions;
  /** Package fingerprint; default the first 16 hex chars of SHA-256 over the files sorted by name. */
  readonly packageHash?: (files: readonly MetadataFileContent[]) => string;
  /** Query results cached per session (NewQuery=false pages); default 4. */
  readonly maxCachedQueries?: number;
  /**
   * The sort spec a data type's query uses when it names none (`{ Contact: 'Last Name' }`), as a
   * business component's own sort does; ties are broken by Id. Default: by Id. A real server sorts
   * a query without a SortSpec in its business component's order, not by Id: clients must not
   * count on Id order, only on a query repeating its order.
   */
  readonly defaultSort?: Readonly<Record<string, string>>;
}

/** One metadata file of a customization package. */
export interface MetadataFileContent {
  readonly name: string;
  /** `XML` or `JavaScript`. */
  readonly type: string;
  readonly content: string;
}

/** What a republish changes (see `simulator.admin.publishPackage`). */
export type PackageChange =
  | { readonly kind: 'schema' }
  | { readonly kind: 'ui' }
  | { readonly kind: 'files'; readonly files: readonly MetadataFileContent[] };

/** A package as the administration screen shows it. */
export interface PackageState {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly status: 'Published' | 'Unpublished';
  readonly version: string;
  readonly hashValue: string;
  readonly responsibilityIds: readonly string[];
}

/** Filters common to every fault rule. */
export interface FaultRuleBase {
  /** Operation name (`DownloadMetadataFiles`, `AccountQueryPage`) or a suffix of it (`QueryPage`). */
  readonly operation?: string;
  /** Fire from the Nth matching call on (1-based); default 1. */
  readonly onCall?: number;
  /** How many calls the rule affects; default 1; `Infinity` = persistent. */
  readonly times?: number;
  /** Chance (0..1) that a matching call is affected; default 1. */
  readonly probability?: number;
}

/** A failure the simulator injects into matching calls. */
export type FaultRule = FaultRuleBase &
  (
    | { readonly kind: 'latency'; readonly ms: number }
    | { readonly kind: 'http'; readonly status: 500 | 502 | 503 }
    /** `partial: true` runs the call and drops the connection in the middle of the answer. */
    | { readonly kind: 'drop'; readonly partial?: boolean }
    | { readonly kind: 'hang' }
    | { readonly kind: 'soapFault'; readonly code?: string; readonly message?: string }
    | { readonly kind: 'malformed' }
    | { readonly kind: 'truncated' }
    | { readonly kind: 'empty' }
    | { readonly kind: 'html' }
    | { readonly kind: 'wrongContentType' }
    | { readonly kind: 'wrongShape' }
    | { readonly kind: 'expireSession' }
    | { readonly kind: 'restart' }
    /**
     * A QueryPage answers at most `rows` rows (fewer than its PageSize) with `LastPage=false` while rows
     * remain, as real servers may: the client must page on by the rows it got. Only QueryPage calls match.
     */
    | { readonly kind: 'shortPage'; readonly rows: number }
  );

/** Counters for tests and the admin API. */
export interface SimulatorCounters {
  readonly logins: number;
  readonly failedLogins: number;
  /** Logins refused because the user already held `maxSessionsPerUser` sessions. */
  readonly refusedSessions: number;
  readonly logoffs: number;
  readonly expiredSessions: number;
  readonly rejectedTokens: number;
  /** Calls per operation name (`DownloadMetadataFiles`, `AccountQueryPage`, …). */
  readonly calls: Readonly<Record<string, number>>;
  readonly faultsInjected: number;
  /** ExecuteBatch commands that succeeded, over all types (cascaded link deletions not included). */
  readonly inserts: number;
  readonly updates: number;
  readonly deletes: number;
  /** ExecuteBatch commands answered with an Error. */
  readonly rejectedCommands: number;
  /** Successful commands per object type (`writes.Action.inserts`). */
  readonly writes: Readonly<Record<string, WriteCounts>>;
}

/** Successful write commands of one object type. */
export interface WriteCounts {
  readonly inserts: number;
  readonly updates: number;
  readonly deletes: number;
}

/**
 * A write command the server will refuse (see `simulator.data.rejectNext`): the first commands that
 * match every given filter get an Error with `code` and `message` instead of running.
 */
export interface CommandRejection {
  /** TypeId of the command's object (`Action`). */
  readonly typeId?: string;
  readonly operation?: 'Insert' | 'Update' | 'Delete';
  /** With `value`: a field (Name or IOElemName) of the command's record that must hold `value`. */
  readonly field?: string;
  readonly value?: string;
  /** Default `SBL-EAI-04376`, a failure the client retries. */
  readonly code?: string;
  readonly message?: string;
  /** How many commands to refuse; default 1. */
  readonly times?: number;
}

/** A record as the simulator holds it: Siebel field Name → text value ('' = empty). */
export type SimRecord = Readonly<Record<string, string>>;

/** Test and demo access to the simulator's CRM data. */
export interface SimulatorData {
  /**
   * Creates a record (fields by Siebel Name or IOElemName); `Id`, `Created`, `Updated` are filled when
   * absent. No validation: tests may build any state. An `ActionContact` belongs to its activity's owner.
   */
  create(typeId: string, fields: Record<string, string>, options?: { owner?: string }): SimRecord;
  /**
   * Changes fields and stamps `Updated` with the server clock, at least one second after the
   * previous stamp (unless `Updated` is given): a concurrent change a client's next write conflicts with.
   */
  update(typeId: string, id: string, fields: Record<string, string>): SimRecord;
  /** Deletes a record; deleting an activity or a contact also deletes its `ActionContact` links. */
  delete(typeId: string, id: string): void;
  get(typeId: string, id: string): SimRecord | undefined;
  /** Records visible to `userName` in `viewMode` (default: the object's view mode in the user's package); all without a user. */
  count(typeId: string, userName?: string, viewMode?: string): number;
  list(typeId: string, userName?: string, viewMode?: string): Iterable<SimRecord>;
  /** Owner login of a record (decides visibility). */
  ownerOf(typeId: string, id: string): string | undefined;
  /** Makes the next matching ExecuteBatch command(s) fail (a concurrent problem no validation rule gives). */
  rejectNext(rejection: CommandRejection): void;
}

/** Administration of packages and sessions. */
export interface SimulatorAdmin {
  /** Publishes a new version of a package (also re-publishes an unpublished one); bumps the version and the hash. */
  publishPackage(packageKey: string, change?: PackageChange): PackageState;
  unpublishPackage(packageKey: string): PackageState;
  packages(): readonly PackageState[];
  /** Current files of a package, sorted by name. */
  packageFiles(packageKey: string): readonly MetadataFileContent[];
  /** Loses every session, as a restarted Siebel Server does. */
  restart(): void;
  /** Back to the initial state: packages, data, sessions, faults, counters and the settings of `createSimulator`. */
  reset(): void;
  /** Wire profile, page limit, latency, session bound and server clock in force. */
  settings(): SimulatorSettings;
  /**
   * Changes the wire profile (fields given), `MaximumPageSize`, the per-call latency (`null` = none)
   * and/or the sessions per user (`null` = unbounded) from the next call on. Sessions already open stay.
   */
  configure(change: SimulatorSettingsChange): SimulatorSettings;
  /**
   * Moves the server clock (offset from the simulator clock, in ms) and/or its time zone, e.g. between
   * two syncs of a test. Stamps written before keep their text, as on a server whose clock was changed.
   */
  setServerClock(change: ServerClockChange): SimulatorSettings;
  /** Requests, bytes, logins, logoffs, peak sessions and calls per operation since the start or the last reset. */
  traffic(): SimulatorTraffic;
  /** Starts the traffic counts again (nothing else changes) and returns what they were. */
  resetTraffic(): SimulatorTraffic;
}

/** Fault rules set by tests, the CLI and the admin API. */
export interface SimulatorFaults {
  add(rule: FaultRule): void;
  clear(): void;
  list(): readonly FaultRule[];
}

/** A running simulator: one Siebel Server with its users, packages and data. */
export interface Simulator {
  /** Answers one HTTP request to an EAI endpoint; throws `SimulatedDrop` for a dropped connection. */
  handle(request: Request): Promise<Response>;
  openSessionCount(): number;
  counters(): SimulatorCounters;
  readonly users: readonly SimulatorUser[];
  readonly admin: SimulatorAdmin;
  readonly data: SimulatorData;
  readonly faults: SimulatorFaults;
  /** Releases calls that hang (fault `hang`) so that a test or server can shut down. */
  close(): void;
}
