import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Suspense, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { ENGLISH_CATALOG } from '../i18n';
import { isOffLockedServer, throttleAt } from '../sync';
import type { Catalog } from '../i18n';
import { AppProvider } from './AppProvider';
import type { AppServices } from './AppServices';
import { PANE_PADDING } from './components/chrome/paneSpacing';
import { ViewLoading } from './components/chrome/ViewLoading';
import { visuallyHidden } from './components/chrome/visuallyHidden';
import { FirstRunWizard } from './components/wizard/FirstRunWizard';
import { defaultServerUrl } from './defaultServerUrl';
import { useAutoSync } from './hooks/useAutoSync';
import { useSendChangesSoon } from './hooks/useSendChangesSoon';
import type { AutoSyncTimers, NetworkStatus } from './hooks/useAutoSync';
import { useAdminSettings, useAppServices } from './hooks/useAppServices';
import { usePreloadWhenIdle } from './hooks/usePreloadWhenIdle';
import { useSession } from './hooks/useSession';
import { useSync } from './hooks/useSync';
import { useTranslator } from './language/TranslatorContext';
import { TranslatorProvider } from './language/TranslatorProvider';
import { preloadable } from './preloadable';
import { emailTab, issuesTab, optionsTab, syncTab } from './viewLoaders';

// The page's own script holds the frame and the first-run wizard's welcome step (the first screen of
// a new user); the tab list and the records list (the first screen once the wizard is done) are the
// `tab-records` chunk, which index.tsx starts fetching at startup when login options exist, alongside
// the store and the host (preloadRecordsView). Every other tab is a chunk of its own
// (docs/performance.md, "First screen"), fetched once the records list is up and the page is idle,
// or when the tab is opened first, whichever comes first.
const recordsTab = preloadable(() => import(/* webpackChunkName: "tab-records" */ './TabbedViews'));
const TabbedViews = recordsTab.lazy((m) => m.TabbedViews);
/** Fetched when the page is idle during the wizard: the records list comes after it. */
const RECORDS_TAB = [recordsTab.load];
/** The other tabs' code, fetched when the page is idle after the records list showed (a failure shows when the tab is opened). */
const OTHER_TABS = [recordsTab.load, emailTab.load, syncTab.load, issuesTab.load, optionsTab.load];

/** Starts fetching the records list's code (index.tsx, when the wizard is done already). */
export function preloadRecordsView(): void {
  recordsTab.load().catch(() => undefined);
}

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: PANE_PADDING,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  // The status line is a band along the top edge itself.
  tabbed: { paddingTop: 0 },
  // Outlook names the add-in above its pane, so a visible title only took a line from the data; the
  // page keeps its name for screen readers and their list of headings.
  title: visuallyHidden,
});

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
  const { host, clock } = useAppServices();
  const admin = useAdminSettings();
  const { t } = useTranslator();
  // A server URL the administrator locked after the user signed in elsewhere: sign in again, to it.
  const [wizard, setWizard] = useState(session.options === null || isOffLockedServer(admin, session.options.serverUrl));
  usePreloadWhenIdle(wizard ? RECORDS_TAB : OTHER_TABS);
  const { paused } = useAutoSync({
    minutes: session.options?.autoSyncMinutes ?? 0,
    enabled: !wizard && session.connection !== null,
    // In the administrator's "no automatic sync" hours the run is skipped; the next one is scheduled as usual.
    run: async () => (throttleAt(admin, new Date(clock?.now() ?? Date.now())).autoSync ? sync.start() : undefined),
    ...autoSync,
  });
  // Local changes go to Siebel soon after they are made, so a wiped cache loses minutes, not a day.
  useSendChangesSoon({
    enabled: !wizard && session.connection !== null && (session.options?.autoSyncMinutes ?? 0) > 0,
    timers: autoSync?.timers,
    network: autoSync?.network,
  });
  // Set when the wizard ends in this page: the tabs then take the focus (TabbedViews' focusSelectedTab).
  const wizardFinished = useRef(false);
  const finishWizard = () => {
    wizardFinished.current = true;
    setWizard(false);
  };
  let body: ReactNode;
  if (wizard)
    body = <FirstRunWizard defaultServerUrl={admin.serverUrl ?? defaultServerUrl(origin)} onFinished={finishWizard} />;
  else
    body = (
      <Suspense fallback={<ViewLoading label={t('app.loadingView', { view: t('app.tab.records') })} />}>
        <TabbedViews paused={paused} focusSelectedTab={wizardFinished.current} network={autoSync?.network} />
      </Suspense>
    );
  return (
    <main className={mergeClasses(styles.root, !wizard && styles.tabbed)} data-host-kind={host.kind}>
      <h1 className={styles.title}>{t('app.title')}</h1>
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
