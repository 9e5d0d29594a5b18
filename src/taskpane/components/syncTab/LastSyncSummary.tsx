import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { summarizeCounts } from '../../../i18n';
import type { Translator } from '../../../i18n';
import type { SyncLogEntry } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { formatRunTime } from './SyncHistoryEntry';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
});

/** The result line of a run: "Synchronized: 14 new, 3 changed, 1 removed", "Failed — see History below"… */
function resultText(translator: Translator, entry: SyncLogEntry): string {
  const seeHistory = entry.error ? 'yes' : 'no';
  switch (entry.outcome) {
    case 'succeeded':
      return translator.t('sync.last.succeeded', { counts: summarizeCounts(translator, entry.counts) });
    case 'failed':
      return translator.t('sync.last.failed', { seeHistory });
    case 'cancelled':
      return translator.t('sync.last.cancelled', { seeHistory });
    default:
      return translator.t('sync.last.running');
  }
}

/** "Last synchronization: <time> — Synchronized: 14 new, 3 changed, 1 removed"; only the title while `entry` is not read yet (`undefined`). */
export function LastSyncSummary({ entry }: { readonly entry: SyncLogEntry | null | undefined }) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  // Why a live region: the result of a run (also one started by the ribbon or on a timer) was
  // shown but not told; a screen reader now says it when it changes. Polite, so it waits for the reader.
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Subtitle2 as="h2" className={styles.title}>
        {t('sync.last.title')}
      </Subtitle2>
      {entry === undefined ? null : entry === null ? (
        <Caption1 className={styles.muted}>{t('sync.last.never')}</Caption1>
      ) : (
        <>
          <Body1>{formatRunTime(translator, entry.endedAt ?? entry.startedAt)}</Body1>
          <Caption1>{resultText(translator, entry)}</Caption1>
        </>
      )}
    </div>
  );
}
