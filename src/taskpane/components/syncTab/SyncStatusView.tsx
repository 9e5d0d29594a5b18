import { Body1, Button, Caption1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { findObject } from '../../../metadata';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useStore } from '../../hooks/useAppServices';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useSession } from '../../hooks/useSession';
import { useDataVersion, useSync } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import type { SyncLogEntry } from '../../../store';
import { useAsync } from '../records/useAsync';
import { useLocalCounts } from '../issues/useLocalCounts';
import { LocalChangesSummary } from './LocalChangesSummary';
import { LastSyncSummary } from './LastSyncSummary';
import { SyncHistoryEntry } from './SyncHistoryEntry';
import { SyncProgressPanel } from '../SyncProgressPanel';

/** Runs shown in the history (the store keeps the 50 newest). */
export const HISTORY_SHOWN = 20;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  history: { listStyle: 'none', margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
});

/**
 * The "Sync" tab: the last synchronization and its result, Sync now, live progress of any
 * runtime's run (the ribbon's too), the local changes waiting to be sent and the open issues, and
 * the sync log with errors, issues and what to do.
 */
export function SyncStatusView() {
  const styles = useStyles();
  const sync = useSync();
  const { connection } = useSession();
  const store = useStore();
  const { t } = useTranslator();
  const dataVersion = useDataVersion();
  const { pkg } = useActiveDatabase();
  const text = useDisplayText(pkg);
  const typeLabel = useCallback(
    (typeId: string) => {
      const object = pkg ? findObject(pkg, typeId) : undefined;
      return object ? text(object.labelPlural) : typeId;
    },
    [pkg, text],
  );
  const [ownRun, setOwnRun] = useState(false);
  const history = useAsync(() => store.listSyncLog(HISTORY_SHOWN), [store, dataVersion, sync.running]);
  const counts = useLocalCounts([sync.running]);
  const syncNow = async () => {
    setOwnRun(true);
    try {
      await sync.start();
    } finally {
      setOwnRun(false);
    }
  };
  // Why: the history is read again when a run starts and ends; while it was read, the last run's
  // line said "Never" for a moment, and its live region announced that. The runs read last stay
  // shown, and before the first read the line waits (`undefined`) instead of saying "Never".
  const lastEntries = useRef<readonly SyncLogEntry[] | null>(null);
  if (history.status === 'done') lastEntries.current = history.value;
  const read = history.status === 'failed' ? [] : lastEntries.current;
  const entries = read ?? [];
  return (
    <section className={styles.root} aria-label={t('sync.view.label')}>
      <LastSyncSummary entry={read && (entries.find((e) => e.outcome !== 'running') ?? null)} />
      {counts && <LocalChangesSummary pending={counts.pending} issues={counts.issues} />}
      <div className={styles.actions}>
        {/* Why disabledFocusable: a disabled button loses the focus, so a keyboard user who pressed
            Sync now was left on the page's body during the run; now the focus stays on it. */}
        <Button
          appearance="primary"
          disabledFocusable={sync.running || connection === null}
          onClick={() => void syncNow()}
        >
          {t('sync.view.syncNow')}
        </Button>
        {connection === null && <Caption1>{t('sync.view.signInFirst')}</Caption1>}
        {sync.startError && <Body1 role="alert">{sync.startError}</Body1>}
      </div>
      {sync.running && <SyncProgressPanel pkg={pkg} variant="tab" onCancel={ownRun ? sync.cancel : undefined} />}
      <Subtitle2 as="h2" className={styles.title}>
        {t('sync.history.title')}
      </Subtitle2>
      {history.status === 'loading' && entries.length === 0 && (
        <Spinner size="tiny" label={t('sync.history.loading')} />
      )}
      {history.status === 'failed' && (
        <Body1 role="alert">
          {t('sync.history.failed', { error: (history.error as Error)?.message ?? String(history.error) })}
        </Body1>
      )}
      {history.status === 'done' && entries.length === 0 && (
        <Caption1 className={styles.muted}>{t('sync.history.empty')}</Caption1>
      )}
      {entries.length > 0 && (
        <ul className={styles.history} aria-label={t('sync.history.label')}>
          {entries.map((entry, i) => (
            <SyncHistoryEntry key={entry.id ?? i} entry={entry} typeLabel={typeLabel} />
          ))}
        </ul>
      )}
    </section>
  );
}
