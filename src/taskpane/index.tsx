import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createCredentialVault, fetchDeploymentFile, readLoginOptions, startHost, DEPLOYMENT_FILE } from '../host';
import type { Host } from '../host';
import { createTranslator, loadCatalog, pickLocale } from '../i18n';
import { createLogger } from '../shared';
import { openStore, type Store } from '../store';
import {
  DEFAULT_ADMIN_SETTINGS,
  DEFAULT_SHARE_SETTINGS,
  parseDeployment,
  startSyncWorker,
  withDeployment,
  type Deployment,
  type SyncEngine,
} from '../sync';
import { App, preloadRecordsView } from './App';
import type { AppServices } from './AppServices';
import { useHostTheme } from './hooks/useHostTheme';

const log = createLogger('taskpane');

/** Entry of taskpane.html: start the host, read the deployment file, open the store and the engine, then render. */
async function main(): Promise<void> {
  const host = await startHost();
  // A user who finished the wizard sees the records list first: its code loads while the store opens.
  const options = readLoginOptions(host.roamingSettings);
  if (options) preloadRecordsView();
  // Outlook's display language first, then the browser's; English when the add-in speaks neither.
  const catalog = await loadCatalog(pickLocale([host.displayLanguage, ...(navigator.languages ?? [])]));
  document.documentElement.lang = catalog.uiLocale === 'qps-ploc' ? 'en' : catalog.formattingLocale;
  const t = createTranslator(catalog).t;
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element — the HTML template and index.tsx disagree');
  const theme = host.theme === 'dark' ? webDarkTheme : webLightTheme;
  let deployment: Deployment;
  try {
    deployment = parseDeployment(await fetchDeploymentFile(), DEPLOYMENT_FILE);
  } catch (error) {
    // Nothing is sent to a server with settings the administrator did not mean. (A rare screen: its
    // message bar is a chunk of its own, not part of every start's script.)
    const { DeploymentProblem } = await import(/* webpackChunkName: "deployment-problem" */ './DeploymentProblem');
    createRoot(container).render(
      <DeploymentProblem theme={theme} title={t('app.deploymentProblem.title')} message={(error as Error).message} />,
    );
    return;
  }
  const store = await openStore();
  const vault = createCredentialVault();
  const engine = deferredEngine(store);
  // The wizard's server and sign-in steps talk to Siebel from this thread: that code (the SOAP
  // client, the package parser) is a chunk of its own, fetched when a step first needs it.
  const wizardCalls = () => import(/* webpackChunkName: "connect" */ './wizardCalls');
  const services: AppServices = {
    host,
    store,
    engine: withDeployment(engine, deployment),
    share: deployment.share ?? DEFAULT_SHARE_SETTINGS,
    admin: deployment.admin ?? DEFAULT_ADMIN_SETTINGS,
    deployment,
    vault,
    testConnection: async (url) => (await wizardCalls()).testConnection(url),
    discoverPackage: async (connection) => (await wizardCalls()).discoverPackage(deployment, connection),
  };
  const initialPassword = options ? await vault.recall(options).catch(() => null) : null;
  createRoot(container).render(
    <HostThemeProvider host={host}>
      <App services={services} catalog={catalog} initialPassword={initialPassword} />
    </HostThemeProvider>,
  );
  // Once the first screen is up, the sync engine starts in the background, ready for the first sync.
  whenIdle(() => engine.start());
}

/**
 * The task pane's sync engine, started on its first call or by `start()` (once the first screen
 * is up), whichever comes first: the engine's code is not needed to show the wizard or the records
 * list. In a browser it runs in the sync worker, which keeps parsing and IndexedDB writes off the
 * task pane's thread (docs/performance.md); without workers it runs on this thread, loaded then.
 */
function deferredEngine(store: Store): SyncEngine & { start(): void } {
  let started: Promise<SyncEngine> | undefined;
  const start = () =>
    (started ??=
      typeof Worker === 'function'
        ? Promise.resolve(startSyncWorker().engine)
        : import(/* webpackChunkName: "engine" */ '../sync').then(({ createSyncEngine }) =>
            createSyncEngine({ store }),
          ));
  return {
    start: () => void start(),
    synchronize: async (options) => (await start()).synchronize(options),
    status: async () => (await start()).status(),
  };
}

/** Runs `task` when the page is idle (after the first screen's frames), at the latest after 2 s. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2_000 });
  else setTimeout(task, 200);
}

/** Fluent UI's provider with the host's theme, re-rendered when Office changes the theme. */
function HostThemeProvider({ host, children }: { host: Host; children: ReactNode }) {
  return <FluentProvider theme={useHostTheme(host)}>{children}</FluentProvider>;
}

main().catch((error: unknown) =>
  log.error(`the task pane could not start: ${(error as Error)?.message ?? String(error)}`),
);
