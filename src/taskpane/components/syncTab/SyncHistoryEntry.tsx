import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { SyncLogEntry, UploadCounts } from '../../../store';
import { summarizeCounts } from './summarizeCounts';
import { ISSUE_HELP_TEXT, syncHelpText } from './syncHelpTexts';

/** Issues listed per run; the rest is counted. */
export const ISSUES_SHOWN = 20;

const useStyles = makeStyles({
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  top: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  help: { margin: 0, fontSize: tokens.fontSizeBase200 },
  issues: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

const OUTCOME = {
  running: { text: 'Running', color: 'informative' },
  succeeded: { text: 'Succeeded', color: 'success' },
  failed: { text: 'Failed', color: 'danger' },
  cancelled: { text: 'Cancelled', color: 'warning' },
} as const;

/** Props of {@link SyncHistoryEntry}. */
export interface SyncHistoryEntryProps {
  readonly entry: SyncLogEntry;
  readonly locale: string;
  readonly typeLabel: (typeId: string) => string;
}

/** One run of the sync log: when, what kind, outcome, counts, the error and the issues with what to do. */
export function SyncHistoryEntry({ entry, locale, typeLabel }: SyncHistoryEntryProps) {
  const styles = useStyles();
  const outcome = OUTCOME[entry.outcome];
  const when = formatTime(entry.startedAt, locale);
  const seconds =
    entry.endedAt !== undefined ? Math.max(0, Math.round((entry.endedAt - entry.startedAt) / 1000)) : null;
  return (
    <li
      className={styles.entry}
      aria-label={`${entry.kind === 'initial' ? 'Initial' : 'Incremental'} synchronization of ${when}: ${outcome.text}`}
    >
      <div className={styles.top}>
        <Badge appearance="tint" color={outcome.color} size="small">
          {outcome.text}
        </Badge>
        <Caption1>{when}</Caption1>
        <Caption1 className={styles.muted}>
          {entry.kind === 'initial' ? 'initial' : 'incremental'}
          {seconds !== null ? `, ${seconds} s` : ''}
        </Caption1>
      </div>
      {/* A failed run usually changed nothing: "no changes" there would only distract from the error. */}
      {(entry.outcome === 'succeeded' || summarizeCounts(entry.counts, locale) !== 'no changes') && (
        <Caption1 className={styles.muted}>{summarizeCounts(entry.counts, locale)}</Caption1>
      )}
      {uploadsText(entry.uploads, locale) && (
        <Caption1 className={styles.muted}>{uploadsText(entry.uploads, locale)}</Caption1>
      )}
      {entry.error && (
        <>
          <Caption1 className={styles.error}>{entry.error.message}</Caption1>
          <p className={styles.help}>What to do: {syncHelpText(entry.error.code)}</p>
        </>
      )}
      {entry.issues.length > 0 && (
        <details>
          <summary>
            <Caption1>
              {entry.issues.length.toLocaleString(locale)} record{entry.issues.length === 1 ? '' : 's'} not synchronized
            </Caption1>
          </summary>
          <p className={styles.help}>What to do: {ISSUE_HELP_TEXT}</p>
          <ul className={styles.issues}>
            {entry.issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
              <li key={i}>
                {/* The sync layer's messages usually name the record already; add it only when they do not. */}
                {issue.recordId && !issue.message.includes(issue.recordId)
                  ? `${typeLabel(issue.typeId)}, ${issue.recordId}: `
                  : ''}
                {issue.message}
              </li>
            ))}
          </ul>
          {entry.issues.length > ISSUES_SHOWN && (
            <Caption1 className={styles.muted}>and {entry.issues.length - ISSUES_SHOWN} more</Caption1>
          )}
        </details>
      )}
      {entry.packageWarnings && entry.packageWarnings.length > 0 && (
        <details>
          <summary>
            <Caption1>
              New customization package: {entry.packageWarnings.length.toLocaleString(locale)} element
              {entry.packageWarnings.length === 1 ? '' : 's'} not used
            </Caption1>
          </summary>
          <p className={styles.help}>
            Your data is synchronized without them. If you need one, tell your CRM administrator what is listed here.
          </p>
          <ul className={styles.issues}>
            {entry.packageWarnings.slice(0, ISSUES_SHOWN).map((note, i) => (
              <li key={i}>
                {note.file}: {note.message}
              </li>
            ))}
          </ul>
          {entry.packageWarnings.length > ISSUES_SHOWN && (
            <Caption1 className={styles.muted}>and {entry.packageWarnings.length - ISSUES_SHOWN} more</Caption1>
          )}
        </details>
      )}
    </li>
  );
}

/**
 * "Sent to Siebel: 1 new, 2 changed · 1 not sent (see Issues)": only the parts that happened;
 * `null` when the run had nothing to send (or predates uploads).
 */
function uploadsText(uploads: UploadCounts | undefined, locale: string): string | null {
  if (!uploads) return null;
  const { inserted, updated, deleted, issues } = uploads;
  const n = (value: number) => value.toLocaleString(locale);
  const sent = [
    [inserted, 'new'],
    [updated, 'changed'],
    [deleted, 'deleted'],
  ] as const;
  const parts = sent.filter(([count]) => count > 0).map(([count, what]) => `${n(count)} ${what}`);
  // Changes that became issues were not sent; naming them here points the user to the Issues tab.
  const unsent = issues > 0 ? `${n(issues)} not sent (see Issues)` : null;
  if (parts.length === 0)
    return issues > 0 ? `${n(issues)} ${issues === 1 ? 'change' : 'changes'} not sent to Siebel (see Issues)` : null;
  return `Sent to Siebel: ${parts.join(', ')}${unsent ? ` · ${unsent}` : ''}`;
}

/** Date and time of a run in the display language. */
export function formatTime(ms: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  } catch {
    return new Date(ms).toLocaleString();
  }
}
