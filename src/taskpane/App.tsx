import { Badge, Body1, Spinner, Tab, TabList, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useReducer, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { ENGLISH_CATALOG } from '../i18n';
import type { Catalog, MessageId } from '../i18n';
import { AppProvider } from './AppProvider';
import type { AppServices } from './AppServices';
import { useLocalCounts } from './components/issues/useLocalCounts';
import { FirstRunWizard } from './components/wizard/FirstRunWizard';
import { defaultServerUrl } from './defaultServerUrl';
import { useAutoSync } from './hooks/useAutoSync';
import { useSendChangesSoon } from './hooks/useSendChangesSoon';
import type { AutoSyncTimers, NetworkStatus } from './hooks/useAutoSync';
import { useAppServices } from './hooks/useAppServices';
import { useSession } from './hooks/useSession';
import { useSync } from './hooks/useSync';
import { useTranslator } from './language/TranslatorContext';
import { TranslatorProvider } from './language/TranslatorProvider';

// The page's own script holds the frame and the first-run wizard (the first screen of a new user);
// the records list (the first screen once the wizard is done) is a chunk that index.tsx starts
// fetching at startup when login options exist, alongside the store and the host (preloadRecordsView).
// Every other tab is a chunk of its own (docs/performance.md, "First screen"), fetched once the
// records list is up and the page is idle, or when the tab is opened first, whichever comes first.
// The start notices (login changed, local data lost) go with it: they show above the records list.
const loadRecords = () => import(/* webpackChunkName: "tab-records" */ './components/records/RecordsView');
const loadNotice = () => import(/* webpackChunkName: "tab-records" */ './components/options/IdentityChangeNotice');
const loadEmail = () => import(/* webpackChunkName: "tab-email" */ './components/email/CurrentEmailView');
const loadSync = () => import(/* webpackChunkName: "tab-sync" */ './components/syncTab/SyncStatusView');
const loadIssues = () => import(/* webpackChunkName: "tab-issues" */ './components/issues/IssuesView');
const loadOptions = () => import(/* webpackChunkName: "tab-options" */ './components/options/OptionsView');
const IdentityChangeNotice = lazy(() => loadNotice().then((m) => ({ default: m.IdentityChangeNotice })));
const RecordsView = lazy(() => loadRecords().then((m) => ({ default: m.RecordsView })));
const CurrentEmailView = lazy(() => loadEmail().then((m) => ({ default: m.CurrentEmailView })));
const SyncStatusView = lazy(() => loadSync().then((m) => ({ default: m.SyncStatusView })));
const IssuesView = lazy(() => loadIssues().then((m) => ({ default: m.IssuesView })));
const OptionsView = lazy(() => loadOptions().then((m) => ({ default: m.OptionsView })));

/** Starts fetching the records list's code (index.tsx, when the wizard is done already). */
export function preloadRecordsView(): void {
  for (const load of [loadNotice, loadRecords]) load().catch(() => undefined);
}

/** Fetches the other tabs' code when the page is idle (a failure shows when the tab is opened). */
function usePreloadedTabs(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const preload = () => {
      for (const load of [loadNotice, loadRecords, loadEmail, loadSync, loadIssues, loadOptions])
        load().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preload, { timeout: 5_000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(preload, 1_000);
    return () => clearTimeout(timer);
  }, [enabled]);
}

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
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

/** Props of {@link App}. */
export interface AppProps {
  readonly services: AppServices;
  /** The language of the pane (index.tsx loads the user's); English by default. */
  readonly catalog?: Catalog;
  /** The remembered password, when the vault had one for the saved user. */
  readonly initialPassword?: string | null;
  /** Defaults to the page's origin (the same-origin simulator of `npm start`). */
  readonly origin?: string;
  /** Injected into automatic sync by tests. */
  readonly autoSync?: {
    readonly timers?: AutoSyncTimers;
    readonly network?: NetworkStatus;
    readonly random?: () => number;
  };
}

function Shell({ origin, autoSync }: Pick<AppProps, 'autoSync'> & { readonly origin: string }) {
  const styles = useStyles();
  const session = useSession();
  const sync = useSync();
  const { host } = useAppServices();
  const { t } = useTranslator();
  const [wizard, setWizard] = useState(session.options === null);
  const [tab, setTab] = useState<TabName>('records');
  // Why: the wizard's last button goes away with the wizard, and the focus fell back to the page's
  // body, so a keyboard user started the tabs from the top of the page, and a screen reader said
  // nothing. The focus goes to the selected tab instead: the first thing of the new screen.
  const selectedTab = useRef<HTMLButtonElement>(null);
  const wizardFinished = useRef(false);
  useEffect(() => {
    if (!wizard && wizardFinished.current) selectedTab.current?.focus();
  }, [wizard]);
  // Bumped by views that change local data (sharing, resolving issues), so the counts refresh.
  const [localChanges, localChanged] = useReducer((n: number) => n + 1, 0);
  const counts = useLocalCounts([tab, localChanges, wizard]);
  usePreloadedTabs(!wizard);
  const { paused } = useAutoSync({
    minutes: session.options?.autoSyncMinutes ?? 0,
    enabled: !wizard && session.connection !== null,
    run: () => sync.start(),
    ...autoSync,
  });
  // Local changes go to Siebel soon after they are made, so a wiped cache loses minutes, not a day.
  useSendChangesSoon({
    enabled: !wizard && session.connection !== null && (session.options?.autoSyncMinutes ?? 0) > 0,
    timers: autoSync?.timers,
    network: autoSync?.network,
  });
  let body: ReactNode;
  const finishWizard = () => {
    wizardFinished.current = true;
    setWizard(false);
  };
  if (wizard) body = <FirstRunWizard defaultServerUrl={defaultServerUrl(origin)} onFinished={finishWizard} />;
  else {
    const panels: Record<TabName, ReactNode> = {
      records: <RecordsView />,
      email: <CurrentEmailView onChanged={localChanged} />,
      sync: <SyncStatusView />,
      issues: <IssuesView onChanged={localChanged} />,
      options: <OptionsView />,
    };
    body = (
      <>
        <Suspense fallback={null}>
          <IdentityChangeNotice />
        </Suspense>
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
  return (
    <main className={styles.root} data-host-kind={host.kind}>
      <Title3 as="h1">{t('app.title')}</Title3>
      {body}
    </main>
  );
}

/** The task pane: the first-run wizard, then the Records, Current email, Sync, Issues and Options tabs. */
export function App({
  services,
  catalog = ENGLISH_CATALOG,
  initialPassword = null,
  origin = globalThis.location?.origin ?? '',
  autoSync,
}: AppProps) {
  return (
    <TranslatorProvider catalog={catalog}>
      <AppProvider services={services} initialPassword={initialPassword}>
        <Shell origin={origin} autoSync={autoSync} />
      </AppProvider>
    </TranslatorProvider>
  );
}
