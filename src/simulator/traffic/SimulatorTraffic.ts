/**
 * What the server carried since the simulator started or its traffic was last reset
 * (`simulator.admin.traffic()`): the load a client puts on an object manager, counted on the
 * server's side so a benchmark does not have to trust the client's own report.
 */
export interface SimulatorTraffic {
  /** HTTP requests handed to the simulator (every EAI call, faults and refusals included). */
  readonly requests: number;
  /** UTF-8 bytes of the request bodies read (what the client sent). */
  readonly requestBytes: number;
  /** UTF-8 bytes of the response bodies written (what the client received); dropped connections count nothing. */
  readonly responseBytes: number;
  /** Sessions opened by a login (credentials accepted and room under `maxSessionsPerUser`). */
  readonly logins: number;
  /** Sessions ended by the server on a logoff call (SessionType=None) or after a failed first call. */
  readonly logoffs: number;
  /** Most sessions open at once, over all users. */
  readonly peakSessions: number;
  /** Most sessions one user held open at once, by login name. */
  readonly peakSessionsByUser: Readonly<Record<string, number>>;
  /** Most requests being answered at once (latency included): how parallel the client really was. */
  readonly peakRequestsInFlight: number;
  /**
   * Requests being answered now (a hanging one included): a test that moves a client's clock waits
   * for the client to be quiet first, as a jump of minutes would also expire its requests in flight.
   */
  readonly requestsInFlight: number;
  /** Requests by operation name (`AccountQueryPage`, `DownloadMetadataFiles`, …); unreadable requests are not named. */
  readonly operations: Readonly<Record<string, number>>;
  /** Answers with an HTTP status of 400 or more (SOAP faults are 500). */
  readonly errorResponses: number;
  /** Simulator clock (ms) of the start or the last reset. */
  readonly sinceMs: number;
}
