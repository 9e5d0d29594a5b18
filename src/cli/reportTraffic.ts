import type { SyncReport } from '../sync';

/** What a sync sent and received, as the engine reports it in `SyncReport.traffic` (client side). */
export interface ReportTraffic {
  readonly requests: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  /** Most Siebel sessions the run held open at once. */
  readonly peakSessions: number;
  /** The calls by purpose, when the engine counted them. */
  readonly calls?: {
    readonly metadata: number;
    readonly queries: number;
    readonly batches: number;
    readonly logoffs: number;
    readonly retries: number;
  };
}

/**
 * The report's `traffic` when it has a usable one, else `undefined`. Read through `in` and checked
 * field by field because engines (and saved reports) from before the field existed have none, and
 * the CLI prints whatever report it gets.
 */
export function reportTraffic(report: SyncReport): ReportTraffic | undefined {
  const traffic: unknown = 'traffic' in report ? report.traffic : undefined;
  if (typeof traffic !== 'object' || traffic === null) return undefined;
  const fields = traffic as Record<string, unknown>;
  const keys = ['requests', 'bytesSent', 'bytesReceived', 'peakSessions'] as const;
  if (!keys.every((key) => typeof fields[key] === 'number' && Number.isFinite(fields[key]))) return undefined;
  const base = {
    requests: fields.requests as number,
    bytesSent: fields.bytesSent as number,
    bytesReceived: fields.bytesReceived as number,
    peakSessions: fields.peakSessions as number,
  };
  const calls = fields.calls as Record<string, unknown> | undefined;
  const callKeys = ['metadata', 'queries', 'batches', 'logoffs', 'retries'] as const;
  if (typeof calls !== 'object' || calls === null || !callKeys.every((key) => typeof calls[key] === 'number'))
    return base;
  return {
    ...base,
    calls: {
      metadata: calls.metadata as number,
      queries: calls.queries as number,
      batches: calls.batches as number,
      logoffs: calls.logoffs as number,
      retries: calls.retries as number,
    },
  };
}
