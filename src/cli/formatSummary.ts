import type { SyncReport } from '../sync';
import { formatBytes } from './formatBytes';
import { reportTraffic } from './reportTraffic';

/**
 * A report as a text table for people: package, hash, duration, sessions, requests and bytes (when the
 * engine counted them), changes sent, records per object.
 */
export function formatSummary(report: SyncReport, totals: Readonly<Record<string, number>>): string {
  const rows: string[][] = [['Object', 'Added', 'Changed', 'Removed', 'Total']];
  const typeIds = [...new Set([...Object.keys(report.counts), ...Object.keys(totals)])];
  for (const typeId of typeIds) {
    const c = report.counts[typeId] ?? { added: 0, changed: 0, removed: 0 };
    rows.push([
      typeId,
      String(c.added),
      String(c.changed),
      String(c.removed),
      totals[typeId] === undefined ? '-' : String(totals[typeId]),
    ]);
  }
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const table = rows
    .map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  '))
    .join('\n');
  const lines = [
    `Synchronization: ${report.kind ?? '-'}${report.reason ? ` (${report.reason})` : ''}, ${report.outcome}`,
    `Package id:      ${report.packageId || '-'}`,
    `Hash:            ${report.hashValue || '-'}`,
    `Duration:        ${(report.durationMs / 1000).toFixed(2)} s`,
    ...trafficLines(report),
    ...uploadLine(report.uploads),
    '',
    table,
  ];
  if (report.issues.length > 0)
    lines.push(
      '',
      `Issues (${report.issues.length}):`,
      ...report.issues.slice(0, 20).map((i) => `  ${i.typeId}${i.recordId ? ` ${i.recordId}` : ''}: ${i.message}`),
    );
  if (report.error) lines.push('', `Error (${report.error.code}): ${report.error.message}`);
  return lines.join('\n');
}

/** The upload's line, left out when the run sent nothing. */
function uploadLine(uploads: SyncReport['uploads']): string[] {
  if (!uploads) return [];
  const { inserted, updated, deleted, issues } = uploads;
  if (inserted + updated + deleted + issues === 0) return [];
  return [`Sent:            ${inserted} new, ${updated} changed, ${deleted} deleted, ${issues} not sent (issues)`];
}

/**
 * Sessions, and the requests and bytes of the run when the report has them: what the run cost the
 * Siebel Server, which an administrator sizing object managers asks for.
 */
function trafficLines(report: SyncReport): string[] {
  const traffic = reportTraffic(report);
  const sessions = `Sessions:        ${report.sessions.opened} opened, ${report.sessions.closed} closed`;
  if (!traffic) return [sessions];
  return [
    `${sessions}, at most ${traffic.peakSessions} at once`,
    `Requests:        ${traffic.requests} (${formatBytes(traffic.bytesSent)} sent, ${formatBytes(traffic.bytesReceived)} received)`,
    ...(traffic.calls
      ? [
          `Calls:           ${traffic.calls.metadata} metadata, ${traffic.calls.queries} queries, ${traffic.calls.batches} uploads, ${traffic.calls.logoffs} logoffs; ${traffic.calls.retries} of them repeated after a failure`,
        ]
      : []),
  ];
}
