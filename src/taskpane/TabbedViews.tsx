import { Suspense, useEffect, useReducer, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { PENDING_POLL_MS } from './hooks/sendSoon';
import type { NetworkStatus } from './hooks/useAutoSync';
import { useSync } from './hooks/useSync';
import { PaneHeader } from './components/chrome/PaneHeader';
import { StatusLine } from './components/chrome/StatusLine';
import { useTicker } from './components/chrome/useTicker';
import { ViewLoading } from './components/chrome/ViewLoading';
import { ViewTabs } from './components/chrome/ViewTabs';
import { TAB_LABELS, type TabName } from './components/chrome/viewTabs';
import { useLocalCounts } from './components/issues/useLocalCounts';
import { IdentityChangeNotice } from './components/options/IdentityChangeNotice';
import { RecordsView } from './components/records/RecordsView';
import { useTranslator } from './language/TranslatorContext';
import { emailTab, issuesTab, optionsTab, syncTab } from './viewLoaders';

export { TABS } from './components/chrome/viewTabs';

const CurrentEmailView = emailTab.lazy((m) => m.CurrentEmailView);
const SyncStatusView = syncTab.lazy((m) => m.SyncStatusView);
const IssuesView = issuesTab.lazy((m) => m.IssuesView);
const OptionsView = optionsTab.lazy((m) => m.OptionsView);

/**
 * The task pane once the first run is done: the start notices, the Records, Current email, Sync,
 * Issues and Options tabs (in one row, the rest in a "More" menu) under the status line, and the
 * selected tab's view. With the records list and the start notices it is the `tab-records` chunk (App.tsx):
 * a new user's wizard does not carry the tab list.
 */
export function TabbedViews({
  paused,
  focusSelectedTab = false,
  network,
}: {
  readonly paused: boolean;
  /** The wizard just ended in this page: the selected tab takes the focus. */
  readonly focusSelectedTab?: boolean;
  /** Tests pass their own network (the status line's "Offline"); the browser's by default. */
  readonly network?: NetworkStatus;
}) {
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
  // The records view saves edits without telling the frame: the status line's counts are read
  // again as often as "send changes soon" counts them (two indexed counts, cheap).
  const poll = useTicker(PENDING_POLL_MS);
  const { running } = useSync();
  const counts = useLocalCounts([tab, localChanges, poll, running]);
  const panels: Record<TabName, ReactNode> = {
    records: <RecordsView />,
    email: <CurrentEmailView onChanged={localChanged} />,
    sync: <SyncStatusView />,
    issues: <IssuesView onChanged={localChanged} />,
    options: <OptionsView />,
  };
  return (
    <>
      <PaneHeader>
        <StatusLine counts={counts} paused={paused} onOpen={setTab} network={network} />
        <ViewTabs selected={tab} onSelect={setTab} issues={counts?.issues ?? 0} selectedRef={selectedTab} />
      </PaneHeader>
      <IdentityChangeNotice />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <Suspense fallback={<ViewLoading label={t('app.loadingView', { view: t(TAB_LABELS[tab]) })} />}>
          {panels[tab]}
        </Suspense>
      </div>
    </>
  );
}
