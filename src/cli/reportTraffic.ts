import type { SyncReport } from '../sync';

/** What a sync sent and received, as the engine reports it in `SyncReport.traffic` (client side). */
export interface ReportTraffic {
  readonly requests: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  /** Most Siebel sessions the run held open at once. */
  readonly peakSessions: number;
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
  return { requests: fields.requests as number, bytesSent: fields.bytesSent as number, bytesReceived: fields.bytesReceived as number, peakSessions: fields.peakSessions as number };
}
