import type { SimulatorTraffic } from '../../../src/simulator';
import type { ClientTraffic } from '../page/BenchApi';
import { round } from './stats';

/** One measured sync and what the server counted during it. */
export interface ServerLoadInput {
  readonly profile: 'instant' | 'field';
  readonly scenario: 'initial' | 'incremental';
  /** Generated records of the world (the bench's size). */
  readonly size: number;
  /** Records the sync stored, changed or removed locally. */
  readonly records: number;
  readonly ms: number;
  /** The simulator's count of the sync's traffic (reset just before it). */
  readonly traffic: SimulatorTraffic;
  /** The server's mean time per call: `fixedMs + jitterMs / 2` of its latency (0 for the instant profile). */
  readonly meanLatencyMs: number;
  /** Raw IndexedDB write of the same records in the same run (initial syncs only). */
  readonly writeBoundMs: number | null;
  /** The engine's own count, when its report has one. */
  readonly clientTraffic: ClientTraffic | null;
  /** The initial sync of the same profile and run, for an incremental row. */
  readonly initial?: { readonly ms: number; readonly requests: number };
}

const MB = 2 ** 20;

/**
 * A row of the server-load table: wall time, requests, bytes and sessions as the server counted them,
 * the server's side of the bargain per 1,000 synchronized records, and the bounds of the same run:
 * the write bound (raw IndexedDB) and the latency bound = requests × mean latency ÷ sessions used
 * (the time the server's answers take if every session is always waiting on one). The sync cannot
 * beat the larger of the two, so the ratio to it says how much is left to gain.
 */
export function serverLoad(input: ServerLoadInput) {
  const { traffic } = input;
  const sessionsUsed = Math.max(1, traffic.peakSessions);
  const latencyBoundMs = (traffic.requests * input.meanLatencyMs) / sessionsUsed;
  const boundMs = Math.max(input.writeBoundMs ?? 0, latencyBoundMs);
  const perThousand = (n: number) => (input.records > 0 ? round((n * 1000) / input.records, 3) : null);
  return {
    profile: input.profile,
    scenario: input.scenario,
    size: input.size,
    records: input.records,
    syncS: round(input.ms / 1000, 2),
    requests: traffic.requests,
    sentMb: round(traffic.requestBytes / MB, 2),
    receivedMb: round(traffic.responseBytes / MB, 2),
    logins: traffic.logins,
    logoffs: traffic.logoffs,
    peakSessions: traffic.peakSessions,
    peakInFlight: traffic.peakRequestsInFlight,
    /** Answers with HTTP ≥ 400 (a refused page size the client learns from, a refused login…). */
    errorAnswers: traffic.errorResponses,
    requestsPer1kRecords: perThousand(traffic.requests),
    sessionsPer1kRecords: perThousand(traffic.logins),
    writeBoundS: input.writeBoundMs === null ? null : round(input.writeBoundMs / 1000, 2),
    latencyBoundS: round(latencyBoundMs / 1000, 2),
    ratioToBound: boundMs > 0 ? round(input.ms / boundMs, 2) : null,
    timeVsInitial: input.initial ? round(input.ms / input.initial.ms, 3) : null,
    requestsVsInitial: input.initial ? round(traffic.requests / Math.max(1, input.initial.requests), 3) : null,
    clientRequests: input.clientTraffic?.requests ?? null,
    clientPeakSessions: input.clientTraffic?.peakSessions ?? null,
    operations: traffic.operations,
  };
}

export type ServerLoadRow = ReturnType<typeof serverLoad>;
