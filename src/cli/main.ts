import 'fake-indexeddb/auto';
import { describeError, type Translator } from '../i18n';
import { isAddinError, setLogSink } from '../shared';
import { openStore } from '../store';
import { readFile } from 'node:fs/promises';
import {
  closeSyncProgressChannel,
  createSyncEngine,
  DEFAULT_DEPLOYMENT,
  parseDeployment,
  withDeployment,
  type Deployment,
  type SyncReport,
} from '../sync';
import { cliTranslator, ENGLISH } from './cliLanguage';
import { diagnosticReport } from './diagnosticReport';
import { loadDataDirectory, saveDataDirectory } from './dataDirectory';
import { formatReportJson } from './formatReportJson';
import { formatSummary } from './formatSummary';
import { CliUsageError, parseCliArgs, USAGE } from './parseCliArgs';
import { createProgressPrinter } from './progressPrinter';
import { readPassword } from './readPassword';

/** The process pieces the tool uses (tests pass their own). */
export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

/**
 * The `crm-desktop-sync` command: one synchronization against a Siebel server, the local data
 * in fake-indexeddb (kept in `--data <dir>` between runs). Resolves with the exit code. Progress,
 * the summary and errors are in the language of `LC_ALL`, `LC_MESSAGES` or `LANG` (cliLanguage.ts);
 * `--help`, the command-line errors and `--json` stay English (parseCliArgs.ts says why).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const translator = await cliTranslator(io.env).catch(() => ENGLISH);
  // Per-call info lines would mix with the progress line and the JSON on stdout: keep warnings only.
  setLogSink((level, message) => {
    if (level === 'warn' || level === 'error') io.stderr.write(`${message}\n`);
  });
  try {
    const args = parseCliArgs(argv);
    if (args === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const deployment = args.deploymentFile ? await readDeployment(args.deploymentFile, translator) : DEFAULT_DEPLOYMENT;
    if (args.diagnostics) {
      io.stdout.write(await diagnosticReport(args, deployment));
      return 0;
    }
    const password = await readPassword(args.passwordEnv, io, translator);
    if (args.dataDir) await loadDataDirectory(args.dataDir, indexedDB);
    const store = await openStore();
    const controller = new AbortController();
    const onSigint = () => controller.abort(new Error(translator.t('cli.interrupted')));
    process.once('SIGINT', onSigint);
    const progress = createProgressPrinter(io.stderr, translator);
    let report: SyncReport;
    try {
      report = await withDeployment(createSyncEngine({ store }), deployment).synchronize({
        connection: { endpointUrl: args.server, userName: args.user, password },
        full: args.full,
        signal: controller.signal,
        onProgress: (p) => progress.update(p),
      });
    } finally {
      progress.end();
      process.off('SIGINT', onSigint);
      closeSyncProgressChannel();
    }
    const totals = await recordTotals(store);
    store.close();
    // Saved also after a failure or cancel: a staging database with checkpoints lets the next run resume.
    if (args.dataDir) await saveDataDirectory(args.dataDir, indexedDB);
    if (args.json) io.stdout.write(`${formatReportJson(report, totals)}\n`);
    else io.stdout.write(`${formatSummary(report, totals, translator)}\n`);
    if (report.error) writeError(io, translator, Object.assign(new Error(report.error.message), report.error));
    return report.outcome === 'succeeded' ? 0 : report.outcome === 'cancelled' ? 130 : 1;
  } catch (error) {
    writeError(io, translator, error);
    if (error instanceof CliUsageError) io.stderr.write(`\n${USAGE}\n`);
    return error instanceof CliUsageError ? 2 : 1;
  }
}

/**
 * `crm-desktop-sync: <the error's message>`, and for an error whose code has advice in the
 * catalogs, what to do about it on a second line, in the user's language.
 */
function writeError(io: CliIo, translator: Translator, error: unknown): void {
  const { whatToDo, details } = describeError(translator, error);
  io.stderr.write(`crm-desktop-sync: ${details}\n`);
  if (isAddinError(error) && translator.has(`error.${error.code}.whatToDo`))
    io.stderr.write(`${translator.t('cli.whatToDo', { whatToDo })}\n`);
}

/** The deployment file, read and validated (the same file and rules as the add-in's `deployment.json`). */
async function readDeployment(path: string, translator: Translator): Promise<Deployment> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliUsageError(translator.t('cli.deployment.unreadable', { path, error: (error as Error).message }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(translator.t('cli.deployment.notJson', { path, error: (error as Error).message }), {
      cause: error,
    });
  }
  return parseDeployment(json, path);
}

async function recordTotals(store: Awaited<ReturnType<typeof openStore>>): Promise<Record<string, number>> {
  const db = await store.activeDatabase();
  if (!db) return {};
  const totals: Record<string, number> = {};
  for (const type of db.layout.types) totals[type.typeId] = await db.count(type.typeId);
  return totals;
}
