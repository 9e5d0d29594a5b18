import { readFile } from 'node:fs/promises';
import { openStore } from '../store';
import { buildDiagnosticReport, readLocalDiagnostics, type Deployment } from '../sync';
import { loadDataDirectory } from './dataDirectory';
import type { CliArgs } from './parseCliArgs';

/** The add-in's version from its package.json (the CLI runs from source, not from a webpack bundle). */
async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown');
}

/** `--diagnostics`: the helpdesk's report of the local data in `--data` and the deployment file in force. */
export async function diagnosticReport(args: CliArgs, deployment: Deployment): Promise<string> {
  if (args.dataDir) await loadDataDirectory(args.dataDir, indexedDB);
  const store = await openStore();
  try {
    return buildDiagnosticReport({
      generatedAt: new Date(),
      addin: { version: await packageVersion(), build: 'command line' },
      host: { kind: 'cli', application: 'Node.js', platform: process.platform, version: process.versions.node },
      login: args.server && args.user ? { serverUrl: args.server, userName: args.user } : null,
      deployment,
      storage: null,
      ...(await readLocalDiagnostics(store)),
    });
  } finally {
    store.close();
  }
}
