import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { summarizeCounts } from '../../../i18n';
import type { MessageId, Translator } from '../../../i18n';
import type { SyncLogEntry, UploadCounts } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { issueHelpText, syncHelpText } from './syncHelpTexts';

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
  running: { id: 'sync.entry.outcome.running', color: 'informative' },
  succeeded: { id: 'sync.entry.outcome.succeeded', color: 'success' },
  failed: { id: 'sync.entry.outcome.failed', color: 'danger' },
  cancelled: { id: 'sync.entry.outcome.cancelled', color: 'warning' },
} as const satisfies Record<SyncLogEntry['outcome'], { id: MessageId; color: string }>;

/** Props of {@link SyncHistoryEntry}. */
export interface SyncHistoryEntryProps {
  readonly entry: SyncLogEntry;
  readonly typeLabel: (typeId: string) => string;
}

/** One run of the sync log: when, what kind, outcome, counts, the error and the issues with what to do. */
export function SyncHistoryEntry({ entry, typeLabel }: SyncHistoryEntryProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const outcome = t(OUTCOME[entry.outcome].id);
  const when = formatRunTime(translator, entry.startedAt);
  const kind = entry.kind === 'initial' ? 'initial' : 'incremental';
  const seconds =
    entry.endedAt !== undefined ? Math.max(0, Math.round((entry.endedAt - entry.startedAt) / 1000)) : null;
  const counts = summarizeCounts(translator, entry.counts);
  const uploads = uploadsText(translator, entry.uploads);
  return (
    <li className={styles.entry} aria-label={t('sync.entry.label', { kind, when, outcome })}>
      <div className={styles.top}>
        <Badge appearance="tint" color={OUTCOME[entry.outcome].color} size="small">
          {outcome}
        </Badge>
        <Caption1>{when}</Caption1>
        <Caption1 className={styles.muted}>
          {seconds !== null ? t('sync.entry.kindWithDuration', { kind, seconds }) : t('sync.entry.kind', { kind })}
        </Caption1>
      </div>
      {/* A failed run usually changed nothing: "no changes" there would only distract from the error. */}
      {(entry.outcome === 'succeeded' || counts !== t('sync.counts.none')) && (
        <Caption1 className={styles.muted}>{counts}</Caption1>
      )}
      {uploads && <Caption1 className={styles.muted}>{uploads}</Caption1>}
      {entry.error && (
        <>
          {/* The error's own message is technical (Siebel's words, in English); what to do is in the user's language. */}
          <Caption1 className={styles.error}>{entry.error.message}</Caption1>
          <p className={styles.help}>
            {t('sync.entry.whatToDo', { help: syncHelpText(translator, entry.error.code) })}
          </p>
        </>
      )}
      {entry.issues.length > 0 && (
        <details>
          <summary>
            <Caption1>{t('sync.entry.issues', { count: entry.issues.length })}</Caption1>
          </summary>
          <p className={styles.help}>{t('sync.entry.whatToDo', { help: issueHelpText(translator) })}</p>
          <ul className={styles.issues}>
            {entry.issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
              <li key={i}>
                {/* The sync layer's messages usually name the record already; add it only when they do not. */}
                {issue.recordId && !issue.message.includes(issue.recordId)
                  ? t('sync.entry.issue', {
                      type: typeLabel(issue.typeId),
                      recordId: issue.recordId,
                      message: issue.message,
                    })
                  : issue.message}
              </li>
            ))}
          </ul>
          {entry.issues.length > ISSUES_SHOWN && (
            <Caption1 className={styles.muted}>
              {t('sync.entry.more', { count: entry.issues.length - ISSUES_SHOWN })}
            </Caption1>
          )}
        </details>
      )}
      {entry.packageWarnings && entry.packageWarnings.length > 0 && (
        <details>
          <summary>
            <Caption1>{t('sync.entry.packageWarnings', { count: entry.packageWarnings.length })}</Caption1>
          </summary>
          <p className={styles.help}>{t('sync.entry.packageHelp')}</p>
          <ul className={styles.issues}>
            {entry.packageWarnings.slice(0, ISSUES_SHOWN).map((note, i) => (
              <li key={i}>{t('sync.entry.packageWarning', { file: note.file, message: note.message })}</li>
            ))}
          </ul>
          {entry.packageWarnings.length > ISSUES_SHOWN && (
            <Caption1 className={styles.muted}>
              {t('sync.entry.more', { count: entry.packageWarnings.length - ISSUES_SHOWN })}
            </Caption1>
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
function uploadsText(translator: Translator, uploads: UploadCounts | undefined): string | null {
  if (!uploads) return null;
  const { inserted, updated, deleted, issues } = uploads;
  const sent = [
    [inserted, 'sync.uploads.new'],
    [updated, 'sync.uploads.changed'],
    [deleted, 'sync.uploads.deleted'],
  ] as const;
  const parts = sent.filter(([count]) => count > 0).map(([count, id]) => translator.t(id, { count }));
  // Changes that became issues were not sent; naming them here points the user to the Issues tab.
  if (parts.length === 0) return issues > 0 ? translator.t('sync.uploads.noneSent', { count: issues }) : null;
  const list = translator.format.formatList(parts, { type: 'conjunction', style: 'narrow' });
  return issues > 0
    ? translator.t('sync.uploads.sentSomeNot', { parts: list, unsent: issues })
    : translator.t('sync.uploads.sent', { parts: list });
}

/** Date and time of a run in the user's formatting locale ("May 6, 2025, 9:30 AM"). */
export function formatRunTime(translator: Translator, ms: number): string {
  return translator.format.formatDate(ms, { dateStyle: 'medium', timeStyle: 'short' });
}
