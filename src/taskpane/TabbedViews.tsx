import { Badge, Body1, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useReducer, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { MessageId } from '../i18n';
import { useLocalCounts } from './components/issues/useLocalCounts';
import { IdentityChangeNotice } from './components/options/IdentityChangeNotice';
import { RecordsView } from './components/records/RecordsView';
import { useTranslator } from './language/TranslatorContext';
import { emailTab, issuesTab, optionsTab, syncTab } from './viewLoaders';

const CurrentEmailView = emailTab.lazy((m) => m.CurrentEmailView);
const SyncStatusView = syncTab.lazy((m) => m.SyncStatusView);
const IssuesView = issuesTab.lazy((m) => m.IssuesView);
const OptionsView = optionsTab.lazy((m) => m.OptionsView);

const useStyles = makeStyles({
  tabs: { flexWrap: 'wrap' },
  badge: { marginInlineStart: tokens.spacingHorizontalXS },
});

/** The tabs of the task pane once the first run is done. */
export const TABS = ['records', 'email', 'sync', 'issues', 'options'] as const;
type TabName = (typeof TABS)[number];
const TAB_LABELS = {
  records: 'app.tab.records',
  email: 'app.tab.email',
  sync: 'app.tab.sync',
  issues: 'app.tab.issues',
  options: 'app.tab.options',
} as const satisfies Readonly<Record<TabName, MessageId>>;

/**
 * The task pane once the first run is done: the start notices, the Records, Current email, Sync,
 * Issues and Options tabs (with the open issues' count) and the selected tab's view. With the
 * records list and the start notices it is the `tab-records` chunk (App.tsx): a new user's wizard
 * does not carry the tab list.
 */
export function TabbedViews({
  paused,
  focusSelectedTab = false,
}: {
  readonly paused: boolean;
  /** The wizard just ended in this page: the selected tab takes the focus. */
  readonly focusSelectedTab?: boolean;
}) {
  const styles = useStyles();
  const { t } = useTranslator();
  const [tab, setTab] = useState<TabName>('records');
  // Why: the wizard's last button goes away with the wizard, and the focus fell back to the page's
  // body, so a keyboard user started the tabs from the top of the page, and a screen reader said
  // nothing. The focus goes to the selected tab instead: the first thing of the new screen.
  const selectedTab = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusSelectedTab) selectedTab.current?.focus();
  }, [focusSelectedTab]);
  // Bumped by views that change local data (sharing, resolving issues), so the counts refresh.
  const [localChanges, localChanged] = useReducer((n: number) => n + 1, 0);
  const counts = useLocalCounts([tab, localChanges]);
  const panels: Record<TabName, ReactNode> = {
    records: <RecordsView />,
    email: <CurrentEmailView onChanged={localChanged} />,
    sync: <SyncStatusView />,
    issues: <IssuesView onChanged={localChanged} />,
    options: <OptionsView />,
  };
  return (
    <>
      <IdentityChangeNotice />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabName)}
        size="small"
        aria-label={t('app.tabs.label')}
      >
        {TABS.map((name) => (
          <Tab
            key={name}
            ref={name === tab ? selectedTab : undefined}
            value={name}
            id={`tab-${name}`}
            aria-controls={`panel-${name}`}
          >
            {t(TAB_LABELS[name])}
            {name === 'issues' && (counts?.issues ?? 0) > 0 && (
              <Badge
                className={styles.badge}
                size="small"
                color="danger"
                aria-label={t('app.tab.issues.badge', { count: counts?.issues ?? 0 })}
              >
                {counts?.issues}
              </Badge>
            )}
          </Tab>
        ))}
      </TabList>
      {paused && <Body1 role="status">{t('app.offline')}</Body1>}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <Suspense fallback={<Spinner size="small" label={t('app.loadingView', { view: t(TAB_LABELS[tab]) })} />}>
          {panels[tab]}
        </Suspense>
      </div>
    </>
  );
}
