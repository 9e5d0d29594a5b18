import type {
  MetadataAnswer,
  MetadataFile,
  MetadataRequest,
  QueryPageRequest,
  QueryPageResult,
  SyncCommand,
  SyncCommandResult,
  WireRecord,
} from '../../../../src/siebel';
import type { SiebelPort } from '../../../../src/sync/ports';

const SIEBEL_DATE = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;
const toMs = (text: string) => {
  const m = SIEBEL_DATE.exec(text);
  return m ? Date.UTC(+m[3], +m[1] - 1, +m[2], +m[4], +m[5], +m[6]) : NaN;
};

/** The server-clock question of a run's end (serverClockStepBack.ts): one Id, stamped at or after now ∓ `<days>`. */
const CLOCK_PROBE = /^\(\[\w+\.Id\] = '([^']+)'\) AND \(\[\w+\.Updated\] >= Timestamp\(\) ([-+]) ([\d.]+)\)$/;
const DAY_MS = 86_400_000;

/** Whether `request` is a run's server-clock question, not a download or an Id listing. */
export function isClockProbe(request: QueryPageRequest): boolean {
  return CLOCK_PROBE.test(request.searchSpec);
}

/**
 * A tiny in-memory Siebel for runner tests: records per integration object sorted by Id, the
 * `[X.Updated] >= '…'` part of a SearchSpec honoured (other filters ignored), paging by row. The
 * server-clock question of a run's end is answered by {@link serverNowMs}.
 */
export class FakeSiebel {
  readonly records = new Map<string, WireRecord[]>();
  readonly queries: QueryPageRequest[] = [];
  readonly metadataRequests: MetadataRequest[] = [];
  opened = 0;
  closed = 0;
  logoffSignals: Array<AbortSignal | undefined> = [];
  /** Every ExecuteBatch call's commands. */
  readonly batches: SyncCommand[][] = [];
  /** Answers one command; the default accepts it and echoes the record. */
  answerCommand: (command: SyncCommand) => SyncCommandResult = (command) => ({
    commandId: command.commandId,
    status: 'Success',
    record: command.operation === 'Delete' ? null : command.record,
  });
  /** The server's now for `Timestamp()` (naive ms); by default later than any stamp: a clock never set back. */
  serverNowMs = Number.POSITIVE_INFINITY;
  /** Called before each QueryPage answer; may throw to simulate failures. */
  beforeQuery: (request: QueryPageRequest, index: number) => Promise<void> | void = () => undefined;

  constructor(
    public files: MetadataFile[],
    public hashValue = 'HASH-1',
  ) {}

  set(intObjName: string, records: WireRecord[]): void {
    this.records.set(
      intObjName,
      [...records].sort((a, b) => (a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0)),
    );
  }

  port(): SiebelPort {
    let loggedIn = false;
    // Per port, as a real session counts its own (the run sums its ports); `opened`/`closed` above are for all ports.
    const own = { opened: 0, closed: 0 };
    const touch = () => {
      if (!loggedIn) {
        loggedIn = true;
        this.opened++;
        own.opened++;
      }
    };
    return {
      downloadMetadata: async (request: MetadataRequest): Promise<MetadataAnswer> => {
        touch();
        this.metadataRequests.push(request);
        const current = request.hashValue === this.hashValue && request.packageId === 'PKG-1';
        return {
          containsFiles: !current,
          packageId: 'PKG-1',
          responsibilityId: 'RESP-1',
          hashValue: this.hashValue,
          files: current ? [] : this.files,
        };
      },
      queryPage: async (request: QueryPageRequest, signal?: AbortSignal): Promise<QueryPageResult> => {
        touch();
        signal?.throwIfAborted();
        this.queries.push(request);
        await this.beforeQuery(request, this.queries.length - 1);
        signal?.throwIfAborted();
        const since = /Updated\] >= '([^']+)'/.exec(request.searchSpec);
        const probe = CLOCK_PROBE.exec(request.searchSpec);
        const all = (this.records.get(request.intObjName) ?? []).filter((r) =>
          probe
            ? r.Id === probe[1] &&
              toMs(r.Updated) >= this.serverNowMs + (probe[2] === '-' ? -1 : 1) * Number(probe[3]) * DAY_MS
            : !since || toMs(r.Updated) >= toMs(since[1]),
        );
        const page = all
          .slice(request.startRowNum, request.startRowNum + request.pageSize)
          .map((r) => Object.fromEntries(request.fields.map((f) => [f, r[f] ?? ''])));
        return {
          records: page,
          lastPage: request.startRowNum + request.pageSize >= all.length,
          numOutputObjects: page.length,
        };
      },
      executeBatch: async (commands: readonly SyncCommand[]): Promise<SyncCommandResult[]> => {
        touch();
        this.batches.push([...commands]);
        return commands.map((command) => this.answerCommand(command));
      },
      logoff: async (signal?: AbortSignal) => {
        this.logoffSignals.push(signal);
        if (loggedIn) {
          loggedIn = false;
          this.closed++;
          own.closed++;
        }
        return { ok: true };
      },
      sessions: () => ({ ...own }),
    };
  }
}

/** `n` account records `A0000…` updated at `updated`. */
export function accounts(n: number, updated = '01/01/2024 00:00:00', from = 0): WireRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    Id: `A${String(from + i).padStart(4, '0')}`,
    Updated: updated,
    Name: `Account ${from + i}`,
    Location: 'Berlin',
    MainPhoneNumber: '',
    Type: 'Customer',
    AccountStatus: 'Active',
  }));
}
