import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
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
import { SyncHistory } from './SyncHistory';
import { SyncProgressPanel } from '../SyncProgressPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
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
  // All the runs the store keeps (50): "failed only" looks further back than the 20 shown.
  const history = useAsync(() => store.listSyncLog(), [store, dataVersion, sync.running]);
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
      <SyncHistory
        entries={read}
        loading={history.status === 'loading'}
        error={history.status === 'failed' ? ((history.error as Error)?.message ?? String(history.error)) : null}
        typeLabel={typeLabel}
      />
    </section>
  );
}
