import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createCredentialVault, fetchDeploymentFile, readLoginOptions, startHost, DEPLOYMENT_FILE } from '../host';
import type { Host } from '../host';
import { createTranslator, loadCatalog, pickLocale } from '../i18n';
import { parsePackage } from '../metadata';
import { createLogger } from '../shared';
import { openStore } from '../store';
import {
  checkMetadata,
  createSyncEngine,
  DEFAULT_SHARE_SETTINGS,
  parseDeployment,
  startSyncWorker,
  testConnection,
  withDeployment,
  type Deployment,
} from '../sync';
import { App } from './App';
import type { AppServices } from './AppServices';
import { useHostTheme } from './hooks/useHostTheme';

const log = createLogger('taskpane');

/** Entry of taskpane.html: start the host, read the deployment file, open the store and the engine, then render. */
async function main(): Promise<void> {
  const host = await startHost();
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
    // Nothing is sent to a server with settings the administrator did not mean.
    createRoot(container).render(
      <DeploymentProblem theme={theme} title={t('app.deploymentProblem.title')} message={(error as Error).message} />,
    );
    return;
  }
  const store = await openStore();
  const vault = createCredentialVault();
  // A worker keeps parsing and IndexedDB writes off the task pane's thread (docs/performance.md).
  const engine = typeof Worker === 'function' ? startSyncWorker().engine : createSyncEngine({ store });
  const services: AppServices = {
    host,
    store,
    engine: withDeployment(engine, deployment),
    share: deployment.share ?? DEFAULT_SHARE_SETTINGS,
    vault,
    testConnection: (url) => testConnection(url),
    discoverPackage: async (connection) => {
      const answer = await checkMetadata({ wireProfile: deployment.wire, ...connection });
      return {
        packageId: answer.packageId,
        responsibilityId: answer.responsibilityId,
        pkg: await parsePackage(answer.files),
      };
    },
  };
  const options = readLoginOptions(host.roamingSettings);
  const initialPassword = options ? await vault.recall(options).catch(() => null) : null;
  createRoot(container).render(
    <HostThemeProvider host={host}>
      <App services={services} catalog={catalog} initialPassword={initialPassword} />
    </HostThemeProvider>,
  );
}

/** Fluent UI's provider with the host's theme, re-rendered when Office changes the theme. */
function HostThemeProvider({ host, children }: { host: Host; children: ReactNode }) {
  return <FluentProvider theme={useHostTheme(host)}>{children}</FluentProvider>;
}

/** The task pane's only screen when the deployment file cannot be used. */
function DeploymentProblem({ theme, title, message }: { theme: typeof webLightTheme; title: string; message: string }) {
  return (
    <FluentProvider theme={theme}>
      <main style={{ padding: 12 }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}

main().catch((error: unknown) =>
  log.error(`the task pane could not start: ${(error as Error)?.message ?? String(error)}`),
);
