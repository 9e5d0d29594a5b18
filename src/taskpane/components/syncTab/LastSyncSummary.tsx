import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { SyncLogEntry } from '../../../store';
import { formatTime } from './SyncHistoryEntry';
import { summarizeCounts } from './summarizeCounts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
});

const RESULT = { succeeded: 'Synchronized', failed: 'Failed', cancelled: 'Cancelled', running: 'Running' } as const;

/** "Last synchronization: <time> — Synchronized: 14 new, 3 changed, 1 removed". */
export function LastSyncSummary({ entry, locale }: { readonly entry: SyncLogEntry | null; readonly locale: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.title}>
        Last synchronization
      </Subtitle2>
      {entry === null ? (
        <Caption1 className={styles.muted}>Never</Caption1>
      ) : (
        <>
          <Body1>{formatTime(entry.endedAt ?? entry.startedAt, locale)}</Body1>
          <Caption1>
            {RESULT[entry.outcome]}
            {entry.outcome === 'succeeded'
              ? `: ${summarizeCounts(entry.counts, locale)}`
              : entry.error
                ? ` — see History below`
                : ''}
          </Caption1>
        </>
      )}
    </div>
  );
}
