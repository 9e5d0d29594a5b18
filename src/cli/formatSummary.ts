import type { MessageId, Translator } from '../i18n';
import type { SyncReport } from '../sync';
import { ENGLISH } from './cliLanguage';
import { formatBytes } from './formatBytes';
import { reportTraffic } from './reportTraffic';

/** The labels of the summary's lines, padded to one column in every language. */
const LABELS = [
  'cli.summary.synchronization',
  'cli.summary.packageId',
  'cli.summary.hash',
  'cli.summary.duration',
  'cli.summary.sessions',
  'cli.summary.requests',
  'cli.summary.calls',
  'cli.summary.sent',
] as const satisfies readonly MessageId[];

type Label = (typeof LABELS)[number];

/**
 * A report as a text table for people: package, hash, duration, sessions, requests and bytes (when the
 * engine counted them), changes sent, records per object; in the translator's language.
 */
export function formatSummary(
  report: SyncReport,
  totals: Readonly<Record<string, number>>,
  translator: Translator = ENGLISH,
): string {
  const { t } = translator;
  const width = Math.max(...LABELS.map((id) => t(id).length)) + 1;
  const line = (label: Label, value: string) => `${t(label).padEnd(width)}${value}`;
  const rows: string[][] = [
    [
      t('cli.summary.column.object'),
      t('cli.summary.column.added'),
      t('cli.summary.column.changed'),
      t('cli.summary.column.removed'),
      t('cli.summary.column.total'),
    ],
  ];
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
    line(
      'cli.summary.synchronization',
      t('cli.summary.run', { kind: report.kind ?? '-', reason: report.reason ?? 'none', outcome: report.outcome }),
    ),
    line('cli.summary.packageId', report.packageId || '-'),
    line('cli.summary.hash', report.hashValue || '-'),
    line('cli.summary.duration', t('cli.summary.durationValue', { seconds: report.durationMs / 1000 })),
    ...trafficLines(translator, report, line),
    ...uploadLine(translator, report.uploads, line),
    '',
    table,
  ];
  if (report.issues.length > 0)
    lines.push(
      '',
      t('cli.summary.issues', { count: report.issues.length }),
      ...report.issues.slice(0, 20).map((i) => `  ${i.typeId}${i.recordId ? ` ${i.recordId}` : ''}: ${i.message}`),
    );
  if (report.error) lines.push('', t('cli.summary.error', { code: report.error.code, message: report.error.message }));
  return lines.join('\n');
}

type Line = (label: Label, value: string) => string;

/** The upload's line, left out when the run sent nothing. */
function uploadLine(translator: Translator, uploads: SyncReport['uploads'], line: Line): string[] {
  if (!uploads) return [];
  const { inserted, updated, deleted, issues } = uploads;
  if (inserted + updated + deleted + issues === 0) return [];
  return [line('cli.summary.sent', translator.t('cli.summary.sentValue', { inserted, updated, deleted, issues }))];
}

/**
 * Sessions, and the requests and bytes of the run when the report has them: what the run cost the
 * Siebel Server, which an administrator sizing object managers asks for.
 */
function trafficLines(translator: Translator, report: SyncReport, line: Line): string[] {
  const { t } = translator;
  const traffic = reportTraffic(report);
  const { opened, closed } = report.sessions;
  if (!traffic) return [line('cli.summary.sessions', t('cli.summary.sessionsValue', { opened, closed }))];
  return [
    line('cli.summary.sessions', t('cli.summary.sessionsPeakValue', { opened, closed, peak: traffic.peakSessions })),
    line(
      'cli.summary.requests',
      t('cli.summary.requestsValue', {
        requests: traffic.requests,
        sent: formatBytes(traffic.bytesSent, translator),
        received: formatBytes(traffic.bytesReceived, translator),
      }),
    ),
    ...(traffic.calls ? [line('cli.summary.calls', t('cli.summary.callsValue', { ...traffic.calls }))] : []),
  ];
}
