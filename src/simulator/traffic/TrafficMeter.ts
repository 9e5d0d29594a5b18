import type { SimulatorTraffic } from './SimulatorTraffic';
import { utf8ByteLength } from './utf8ByteLength';

/**
 * Counts the traffic of one simulator (see {@link SimulatorTraffic}). Kept apart from
 * `simulator.counters()` because it is reset on its own — a benchmark resets it before each
 * measured sync without losing the server's data, sessions or packages as `admin.reset()` would.
 */
export class TrafficMeter {
  private requests = 0;
  private requestBytes = 0;
  private responseBytes = 0;
  private logins = 0;
  private logoffs = 0;
  private peakSessions = 0;
  private peakSessionsByUser: Record<string, number> = {};
  private inFlight = 0;
  private peakRequestsInFlight = 0;
  private operations: Record<string, number> = {};
  private errorResponses = 0;
  private sinceMs: number;

  constructor(private readonly now: () => number) {
    this.sinceMs = now();
  }

  /** A request arrived; pair with {@link requestEnded} whatever happens to it. */
  requestStarted(): void {
    this.requests += 1;
    this.inFlight += 1;
    this.peakRequestsInFlight = Math.max(this.peakRequestsInFlight, this.inFlight);
  }

  /** The request's body as read (a body over the size cap is not read, so it counts nothing). */
  requestRead(body: string): void {
    this.requestBytes += utf8ByteLength(body);
  }

  operation(name: string): void {
    this.operations[name] = (this.operations[name] ?? 0) + 1;
  }

  /** The request was answered with `status` and `body`, or (no arguments) its connection dropped. */
  requestEnded(answer?: { status: number; body: string }): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (!answer) return;
    this.responseBytes += utf8ByteLength(answer.body);
    if (answer.status >= 400) this.errorResponses += 1;
  }

  /** A login opened a session; `open` and `openOfUser` count it. */
  loggedIn(userName: string, open: number, openOfUser: number): void {
    this.logins += 1;
    this.peakSessions = Math.max(this.peakSessions, open);
    this.peakSessionsByUser[userName] = Math.max(this.peakSessionsByUser[userName] ?? 0, openOfUser);
  }

  loggedOff(): void {
    this.logoffs += 1;
  }

  snapshot(): SimulatorTraffic {
    return {
      requests: this.requests,
      requestBytes: this.requestBytes,
      responseBytes: this.responseBytes,
      logins: this.logins,
      logoffs: this.logoffs,
      peakSessions: this.peakSessions,
      peakSessionsByUser: { ...this.peakSessionsByUser },
      peakRequestsInFlight: this.peakRequestsInFlight,
      requestsInFlight: this.inFlight,
      operations: { ...this.operations },
      errorResponses: this.errorResponses,
      sinceMs: this.sinceMs,
    };
  }

  /**
   * Starts counting again. Sessions still open and requests still in flight stay open: the peaks
   * restart from them, so a reset in the middle of a client's run does not under-count its peak.
   */
  reset(openSessions: number, openByUser: (userName: string) => number): void {
    this.requests = 0;
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.logins = 0;
    this.logoffs = 0;
    this.peakSessions = openSessions;
    this.peakSessionsByUser = Object.fromEntries(
      Object.keys(this.peakSessionsByUser)
        .map((user) => [user, openByUser(user)])
        .filter(([, n]) => (n as number) > 0),
    );
    this.peakRequestsInFlight = this.inFlight;
    this.operations = {};
    this.errorResponses = 0;
    this.sinceMs = this.now();
  }
}
