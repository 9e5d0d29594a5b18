import {
  Body1,
  Body1Strong,
  Caption1,
  makeStyles,
  Spinner,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { DataDatabase, StoredRecord } from '../../../store';
import { resolveIssue, type IssueResolution } from '../../../sync';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useDataVersion } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import { useAsync } from '../records/useAsync';
import { IssueCard } from './IssueCard';
import { loadIssueEntries, type IssueEntry } from './loadIssueEntries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { ...typographyStyles.subtitle2, margin: 0, outlineStyle: 'none' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  // The empty state is a calm confirmation, not an error: an icon, one line, one line of detail.
  none: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'start',
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  noneIcon: { gridRow: 'span 2', fontSize: '32px', color: tokens.colorPaletteGreenForeground1 },
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
  const { t } = useTranslator();
  const [refreshes, setRefreshes] = useState(0);
  const state = useAsync<IssueEntry[]>(
    () => (database && pkg ? loadIssueEntries(database, pkg) : Promise.resolve([])),
    [database, pkg, dataVersion, refreshes],
  );
  // Why: the resolved issue's card goes away with the button that resolved it, and the focus fell
  // back to the page's body. Once the issues are read again it moves to the heading: a screen reader
  // says where the user is, and the next Tab reaches the next issue (or "No synchronization issues" follows).
  const heading = useRef<HTMLHeadingElement>(null);
  const resolved = useRef(false);
  useEffect(() => {
    if (!resolved.current || state.status === 'loading') return;
    resolved.current = false;
    heading.current?.focus();
  }, [state]);
  if (loading) return <Spinner size="small" label={t('issues.opening')} />;
  if (error) return <Body1 role="alert">{t('issues.openFailed', { error })}</Body1>;
  return (
    <section className={styles.root} aria-label={t('issues.title')}>
      <h2 ref={heading} tabIndex={-1} className={styles.title}>
        {t('issues.title')}
      </h2>
      {state.status === 'loading' && <Spinner size="tiny" label={t('issues.reading')} />}
      {state.status === 'failed' && (
        <Body1 role="alert">
          {t('issues.readFailed', { error: (state.error as Error)?.message ?? String(state.error) })}
        </Body1>
      )}
      {state.status === 'done' && state.value.length === 0 && (
        <div className={styles.none}>
          <CheckmarkCircleRegular className={styles.noneIcon} aria-hidden />
          <Body1Strong>{t('issues.none')}</Body1Strong>
          <Caption1 className={styles.muted}>{t('issues.none.detail')}</Caption1>
        </div>
      )}
      {state.status === 'done' && state.value.length > 0 && database && pkg && (
        <>
          <Caption1 className={styles.muted}>{t('issues.sentNext')}</Caption1>
          <IssueList
            entries={state.value}
            db={database}
            pkg={pkg}
            onResolved={() => {
              resolved.current = true;
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
  const translator = useTranslator();
  const resolve = useCallback(
    async (entry: IssueEntry, resolution: IssueResolution) => {
      await resolveIssue({ db, pkg }, entry.issue, resolution);
      onResolved();
    },
    [db, pkg, onResolved],
  );
  return (
    <ul className={styles.list} aria-label={translator.t('issues.list')}>
      {entries.map((entry) => (
        <IssueCard
          key={entry.issue.id}
          entry={entry}
          text={text}
          locale={translator.formattingLocale}
          nameOf={(record: StoredRecord) => formatRecordName(pkg, entry.issue.typeId, record)}
          onResolve={(resolution) => resolve(entry, resolution)}
        />
      ))}
    </ul>
  );
}
