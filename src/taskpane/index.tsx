import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createCredentialVault, readLoginOptions, startHost } from '../host';
import { parsePackage } from '../metadata';
import { createLogger } from '../shared';
import { openStore } from '../store';
import { checkMetadata, createSyncEngine, startSyncWorker, testConnection } from '../sync';
import { App } from './App';
import type { AppServices } from './AppServices';

const log = createLogger('taskpane');

/** Entry of taskpane.html: start the host, open the store and the engine, then render. */
async function main(): Promise<void> {
  const host = await startHost();
  const store = await openStore();
  const vault = createCredentialVault();
  const services: AppServices = {
    host,
    store,
    // A worker keeps parsing and IndexedDB writes off the task pane's thread (docs/performance.md).
    engine: typeof Worker === 'function' ? startSyncWorker().engine : createSyncEngine({ store }),
    vault,
    testConnection: (url) => testConnection(url),
    discoverPackage: async (connection) => {
      const answer = await checkMetadata(connection);
      return { packageId: answer.packageId, responsibilityId: answer.responsibilityId, pkg: await parsePackage(answer.files) };
    },
  };
  const options = readLoginOptions(host.roamingSettings);
  const initialPassword = options ? await vault.recall(options).catch(() => null) : null;
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element — the HTML template and index.tsx disagree');
  createRoot(container).render(
    <FluentProvider theme={host.theme === 'dark' ? webDarkTheme : webLightTheme}>
      <App services={services} initialPassword={initialPassword} />
    </FluentProvider>,
  );
}

main().catch((error: unknown) => log.error(`the task pane could not start: ${(error as Error)?.message ?? String(error)}`));
