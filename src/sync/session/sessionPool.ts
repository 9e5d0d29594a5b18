import type { Clock } from '../../shared';
import type { PortCalls, PortTraffic, SiebelPort } from '../ports';
import type { ConcurrencyController } from './concurrencyController';

/** What the pool needs from the run. */
export interface SessionPoolOptions {
  /** The run's main session: always in the pool, never logged off by it. */
  readonly primary: SiebelPort;
  /** A new session object (it logs in with its first call). */
  open(): SiebelPort;
  readonly controller: ConcurrencyController;
  readonly clock: Clock;
  /** The server is overloaded (HTTP 5xx, timeout, no connection): fewer sessions. */
  isOverload(error: unknown): boolean;
  /** The server had no room for another session (SBL-SMI-00114). */
  isSessionLimit(error: unknown): boolean;
  /** Timeout of each logoff; a logoff never uses the run's (maybe aborted) signal. */
  readonly logoffTimeoutMs: number;
}

interface Entry {
  readonly port: SiebelPort;
  readonly primary: boolean;
  busy: boolean;
  /** Holds a server session (a call on it succeeded). */
  live: boolean;
}

/**
 * The Siebel sessions of one run, one request at a time on each (a session caches one paged result
 * and may hand out a new token with every answer). The main session is always a member; extra
 * sessions are opened lazily while the controller's limit allows, and logged off when the limit
 * drops, when a query ends ({@link releaseIdle}: between queries another client of the same user
 * finds room) and at the end of the run ({@link closeExtras}). A login refused for lack of room is
 * not an error of the run: the pool shrinks and the request waits for a session it already holds.
 */
export class SessionPool {
  readonly #options: SessionPoolOptions;
  readonly #entries: Entry[];
  /** Every extra port ever opened, for the session and traffic counts. */
  readonly #extras: SiebelPort[] = [];
  readonly #waiters = new Set<() => void>();
  readonly #logoffs = new Set<Promise<unknown>>();
  #peak = 0;

  constructor(options: SessionPoolOptions) {
    this.#options = options;
    this.#entries = [{ port: options.primary, primary: true, busy: false, live: true }];
  }

  /** The most sessions (main one included) this pool held logged in at once; 1 until an extra opened. */
  get peak(): number {
    return this.#peak;
  }

  /** Sessions the run may hold now (the controller's limit). */
  get limit(): number {
    return this.#options.controller.limit;
  }

  /** Sessions the pool holds now, busy or idle (main one included). */
  get size(): number {
    return this.#entries.length;
  }

  /**
   * Runs `task` on a session of its own: an idle one, a new one if the limit allows, else the next
   * one freed. Successful answers and overloads are reported to the controller.
   *
   * `task` gets the signal to send its request with: `signal`, except on a new extra session's
   * first call (its login), which is never cut off — the server may have opened the session, and
   * only its answer's token lets the run log it off again.
   *
   * @throws whatever `task` throws (the pool retries nothing but a refused extra login), or the
   * signal's reason while waiting for a session
   */
  async use<T>(
    task: (port: SiebelPort, signal: AbortSignal | undefined) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const { controller, clock } = this.#options;
    for (;;) {
      const entry = await this.#acquire(signal);
      const started = clock.now();
      try {
        const value = await task(entry.port, entry.live ? signal : undefined);
        if (!entry.live) {
          entry.live = true;
          this.#peak = Math.max(this.#peak, this.#entries.filter((e) => e.live).length);
        }
        controller.answered(clock.now() - started);
        this.#release(entry);
        return value;
      } catch (error) {
        if (!entry.live && !entry.primary && this.#options.isSessionLimit(error)) {
          // No server session was created: nothing to log off. Ask less of the server and give
          // the request to a session the run already holds.
          this.#remove(entry);
          controller.overloaded();
          this.#wake();
          continue;
        }
        if (this.#options.isOverload(error)) controller.overloaded();
        this.#release(entry);
        throw error;
      }
    }
  }

  /** Logs off the idle extra sessions in the background (a query ended; see the class comment). */
  releaseIdle(): void {
    for (const entry of [...this.#entries]) if (!entry.primary && !entry.busy) this.#logoff(entry);
  }

  /**
   * Logs off every extra session and waits for all logoffs, those started earlier included. Call
   * when no request is in flight (the run's end); the main session is the caller's to log off.
   */
  async closeExtras(): Promise<void> {
    for (const entry of [...this.#entries]) if (!entry.primary) this.#logoff(entry);
    while (this.#logoffs.size > 0) await Promise.all([...this.#logoffs]);
  }

  /** Sessions opened and closed by the extra ports (the main one counts its own). */
  sessions(): { opened: number; closed: number } {
    return this.#extras.reduce(
      (sum, port) => {
        const counts = port.sessions();
        return { opened: sum.opened + counts.opened, closed: sum.closed + counts.closed };
      },
      { opened: 0, closed: 0 },
    );
  }

  /** Requests and bytes of the extra ports. */
  traffic(): PortTraffic {
    return sumTraffic(this.#extras);
  }

  async #acquire(signal: AbortSignal | undefined): Promise<Entry> {
    for (;;) {
      signal?.throwIfAborted();
      this.#shrink();
      const idle = this.#entries.find((entry) => !entry.busy);
      if (idle) {
        idle.busy = true;
        return idle;
      }
      if (this.#entries.length < this.#options.controller.limit) {
        const port = this.#options.open();
        this.#extras.push(port);
        const entry: Entry = { port, primary: false, busy: true, live: false };
        this.#entries.push(entry);
        return entry;
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.#waiters.delete(wake);
          signal?.removeEventListener('abort', wake);
          resolve();
        };
        this.#waiters.add(wake);
        signal?.addEventListener('abort', wake, { once: true });
      });
    }
  }

  #release(entry: Entry): void {
    entry.busy = false;
    this.#shrink();
    this.#wake();
  }

  /** Above the limit: log off idle extras until within it (busy ones go when they come back). */
  #shrink(): void {
    for (const entry of [...this.#entries]) {
      if (this.#entries.length <= this.#options.controller.limit) return;
      if (!entry.primary && !entry.busy) this.#logoff(entry);
    }
  }

  #logoff(entry: Entry): void {
    this.#remove(entry);
    if (!entry.live) return;
    const done = entry.port.logoff(AbortSignal.timeout(this.#options.logoffTimeoutMs)).catch(() => undefined);
    this.#logoffs.add(done);
    void done.then(() => this.#logoffs.delete(done));
  }

  #remove(entry: Entry): void {
    const index = this.#entries.indexOf(entry);
    if (index >= 0) this.#entries.splice(index, 1);
  }

  #wake(): void {
    for (const wake of [...this.#waiters]) wake();
  }
}

/** The sum of the ports' traffic (a port that does not count adds nothing). */
export function sumTraffic(ports: readonly SiebelPort[]): PortTraffic {
  return ports.reduce<PortTraffic>(
    (sum, port) => {
      const traffic = port.traffic?.();
      if (!traffic) return sum;
      return {
        requests: sum.requests + traffic.requests,
        bytesSent: sum.bytesSent + traffic.bytesSent,
        bytesReceived: sum.bytesReceived + traffic.bytesReceived,
        calls: addCalls(sum.calls, traffic.calls),
      };
    },
    { requests: 0, bytesSent: 0, bytesReceived: 0 },
  );
}

/** The sum of two call counts (a port that does not count adds nothing). */
function addCalls(a: PortCalls | undefined, b: PortCalls | undefined): PortCalls | undefined {
  if (!a || !b) return a ?? b;
  return {
    metadata: a.metadata + b.metadata,
    queries: a.queries + b.queries,
    batches: a.batches + b.batches,
    logoffs: a.logoffs + b.logoffs,
  };
}
