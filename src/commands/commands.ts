import { createCredentialVault, fetchDeploymentFile, readLoginOptions, startHost, DEPLOYMENT_FILE } from '../host';
import type { Host } from '../host';
import { createTranslator, loadCatalog, pickLocale } from '../i18n';
import type { Translator } from '../i18n';
import { createLogger } from '../shared';
import { openStore } from '../store';
import { createSyncEngine, parseDeployment, withDeployment } from '../sync';
import type { Deployment, SyncConnection } from '../sync';
import { createSyncNow } from './createSyncNow';
import { refuseUnlockedServer } from './refuseUnlockedServer';
import { parseLoginDialogAnswer } from './loginDialog';

const log = createLogger('commands');

/** Opens loginDialog.html for the saved user; remembers the password when the user asked to. */
function dialogAsker(
  host: Host,
  vault: ReturnType<typeof createCredentialVault>,
): ((signal: AbortSignal) => Promise<SyncConnection | null>) | undefined {
  const openDialog = host.openDialog;
  if (!openDialog) return undefined;
  return async (signal) => {
    const options = readLoginOptions(host.roamingSettings);
    // Without saved options the first-run wizard must run: only the task pane has it.
    if (!options) return null;
    const url = `${window.location.origin}/loginDialog.html?user=${encodeURIComponent(options.userName)}`;
    // The command's budget closes the dialog when its time is up (createSyncNow).
    const answer = parseLoginDialogAnswer(await openDialog(url, { height: 40, width: 30 }, signal));
    if (!answer) return null;
    if (answer.remember) await vault.remember(options, answer.password);
    return { endpointUrl: options.serverUrl, userName: options.userName, password: answer.password };
  };
}

/**
 * Entry of commands.html (manifest FunctionFile): registers the ribbon functions by name. The
 * function file is its own runtime: it never sees the task pane's in-memory password, only a
 * remembered one (vault) or one typed into the sign-in dialog, and reports progress to the task
 * pane through the sync layer's channel.
 */
/**
 * The notifications' language: Outlook's display language, then the browser's; loaded once, at the
 * first click (the other languages' catalogs are chunks of their own).
 */
function languageOf(host: Host): () => Promise<Translator> {
  let translator: Promise<Translator> | null = null;
  return () => {
    const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
    translator ??= loadCatalog(pickLocale([host.displayLanguage, ...languages])).then(createTranslator);
    // A failed load is tried again at the next click (createSyncNow falls back to English meanwhile).
    translator.catch(() => (translator = null));
    return translator;
  };
}

async function main(): Promise<void> {
  const host = await startHost();
  const vault = createCredentialVault();
  // Opened on first use: most function-file loads never sync.
  let engine: ReturnType<typeof createSyncEngine> | null = null;
  let deployment: Deployment | null = null;
  const syncNow = createSyncNow({
    loadConnection: async () => {
      const options = readLoginOptions(host.roamingSettings);
      const password = options ? await vault.recall(options) : null;
      return options && password !== null
        ? { endpointUrl: options.serverUrl, userName: options.userName, password }
        : null;
    },
    askPassword: dialogAsker(host, vault),
    synchronize: async (connection, onProgress, signal) => {
      // Read at the first sync: an invalid file is that sync's error, shown as a notification.
      deployment ??= parseDeployment(await fetchDeploymentFile(), DEPLOYMENT_FILE);
      refuseUnlockedServer(deployment, connection);
      engine ??= withDeployment(createSyncEngine({ store: await openStore() }), deployment);
      const filterPreset = readLoginOptions(host.roamingSettings)?.syncFilterPreset;
      // The command's time budget aborts `signal`: the engine checkpoints, logs off and reports `cancelled`.
      return engine.synchronize({ connection, onProgress, signal, ...(filterPreset ? { filterPreset } : {}) });
    },
    notify: host.notify,
    translator: languageOf(host),
  });
  // The name must equal <FunctionName> in manifest.xml (scripts/validateManifest.ts checks it).
  host.registerCommand('syncNow', syncNow);
}

main().catch((error: unknown) =>
  log.error(`the commands could not start: ${(error as Error)?.message ?? String(error)}`),
);
