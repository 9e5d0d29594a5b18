import { Body1, Caption1, makeStyles, Spinner, Subtitle2, Switch, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SyncLogEntry } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { SyncHistoryEntry } from './SyncHistoryEntry';

/** Runs shown in the history (the store keeps the 50 newest; "failed only" looks through all of them). */
export const HISTORY_SHOWN = 20;

const useStyles = makeStyles({
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
  },
  title: { margin: 0 },
  // The switch and its label are one target of at least 32 px.
  filter: { minHeight: '32px' },
  history: { listStyle: 'none', margin: 0, padding: 0 },
  empty: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link SyncHistory}. */
export interface SyncHistoryProps {
  /** The runs read, newest first; `null` while the first read is pending. */
  readonly entries: readonly SyncLogEntry[] | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly typeLabel: (typeId: string) => string;
}

/** The sync log: the newest runs, or only the failed ones, with an empty state that says which. */
export function SyncHistory({ entries, loading, error, typeLabel }: SyncHistoryProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const [failedOnly, setFailedOnly] = useState(false);
  const all = entries ?? [];
  const shown = (failedOnly ? all.filter((entry) => entry.outcome === 'failed') : all).slice(0, HISTORY_SHOWN);
  return (
    <>
      <div className={styles.head}>
        <Subtitle2 as="h2" className={styles.title}>
          {t('sync.history.title')}
        </Subtitle2>
        <Switch
          className={styles.filter}
          label={t('sync.history.failedOnly')}
          checked={failedOnly}
          onChange={(_, data) => setFailedOnly(data.checked)}
        />
      </div>
      {loading && all.length === 0 && <Spinner size="tiny" label={t('sync.history.loading')} />}
      {error !== null && <Body1 role="alert">{t('sync.history.failed', { error })}</Body1>}
      {entries !== null && shown.length === 0 && error === null && (
        <div className={styles.empty}>
          {all.length === 0 ? (
            <>
              <Caption1>{t('sync.history.empty')}</Caption1>
              <Caption1 className={styles.muted}>{t('sync.history.emptyHint')}</Caption1>
            </>
          ) : (
            <Caption1>{t('sync.history.noFailed', { count: all.length })}</Caption1>
          )}
        </div>
      )}
      {shown.length > 0 && (
        <ul className={styles.history} aria-label={t('sync.history.label')}>
          {shown.map((entry, i) => (
            <SyncHistoryEntry key={entry.id ?? i} entry={entry} typeLabel={typeLabel} />
          ))}
        </ul>
      )}
    </>
  );
}
