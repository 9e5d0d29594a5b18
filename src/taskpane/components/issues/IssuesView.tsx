import { Body1, Caption1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { DataDatabase, StoredRecord } from '../../../store';
import { resolveIssue, type IssueResolution } from '../../../sync';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useAppServices } from '../../hooks/useAppServices';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useDataVersion } from '../../hooks/useSync';
import { useAsync } from '../records/useAsync';
import { IssueCard } from './IssueCard';
import { loadIssueEntries, type IssueEntry } from './loadIssueEntries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { margin: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link IssuesView}. */
export interface IssuesViewProps {
  /** Called after an issue was resolved (counts elsewhere refresh). */
  readonly onChanged?: () => void;
}

/**
 * The "Issues" tab, the task pane's form of Siebel's Synchronization Control Panel: every change
 * that could not be sent (failure), that meets a change in Siebel (conflict) or that matches an
 * existing record (duplicate), with the actions that resolve it. Resolutions are sent at the next
 * synchronization.
 */
export function IssuesView({ onChanged }: IssuesViewProps) {
  const styles = useStyles();
  const { database, pkg, loading, error } = useActiveDatabase();
  const dataVersion = useDataVersion();
  const [refreshes, setRefreshes] = useState(0);
  const state = useAsync<IssueEntry[]>(
    () => (database && pkg ? loadIssueEntries(database, pkg) : Promise.resolve([])),
    [database, pkg, dataVersion, refreshes],
  );
  if (loading) return <Spinner size="small" label="Opening your CRM data" />;
  if (error) return <Body1 role="alert">Your local CRM data could not be opened: {error}</Body1>;
  return (
    <section className={styles.root} aria-label="Synchronization issues">
      <Subtitle2 as="h2" className={styles.title}>
        Synchronization issues
      </Subtitle2>
      {state.status === 'loading' && <Spinner size="tiny" label="Reading the synchronization issues" />}
      {state.status === 'failed' && (
        <Body1 role="alert">
          Reading the synchronization issues failed: {(state.error as Error)?.message ?? String(state.error)}
        </Body1>
      )}
      {state.status === 'done' && state.value.length === 0 && (
        <Body1>
          No synchronization issues: every change was sent to Siebel or is waiting for the next synchronization.
        </Body1>
      )}
      {state.status === 'done' && state.value.length > 0 && database && pkg && (
        <>
          <Caption1 className={styles.muted}>
            What you choose here is sent to Siebel at the next synchronization.
          </Caption1>
          <IssueList
            entries={state.value}
            db={database}
            pkg={pkg}
            onResolved={() => {
              setRefreshes((n) => n + 1);
              onChanged?.();
            }}
          />
        </>
      )}
    </section>
  );
}

interface IssueListProps {
  readonly entries: readonly IssueEntry[];
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly onResolved: () => void;
}

function IssueList({ entries, db, pkg, onResolved }: IssueListProps) {
  const styles = useStyles();
  const text = useDisplayText(pkg);
  const locale = useAppServices().host.displayLanguage;
  const resolve = useCallback(
    async (entry: IssueEntry, resolution: IssueResolution) => {
      await resolveIssue({ db, pkg }, entry.issue, resolution);
      onResolved();
    },
    [db, pkg, onResolved],
  );
  return (
    <ul className={styles.list} aria-label="Open issues">
      {entries.map((entry) => (
        <IssueCard
          key={entry.issue.id}
          entry={entry}
          text={text}
          locale={locale}
          nameOf={(record: StoredRecord) => formatRecordName(pkg, entry.issue.typeId, record)}
          onResolve={(resolution) => resolve(entry, resolution)}
        />
      ))}
    </ul>
  );
}
