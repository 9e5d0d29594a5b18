import type { Store, SyncLogEntry } from '../../store';
import type { Deployment } from '../settings/deployment';

/** What the helpdesk's report is made of; every part the caller cannot tell is `null`. */
export interface DiagnosticInput {
  readonly generatedAt: Date;
  readonly addin: { readonly version: string; readonly build: string };
  /** Where it runs: `outlook`/`standalone`/`cli`, and Office's own words when in Outlook. */
  readonly host: {
    readonly kind: string;
    readonly application?: string;
    readonly platform?: string;
    readonly version?: string;
    readonly language?: string;
  };
  /** The saved login: the server URL and the user name (never a password). */
  readonly login: { readonly serverUrl: string; readonly userName: string } | null;
  readonly installedPackage: {
    readonly packageId: string;
    readonly responsibilityId: string;
    readonly hashValue: string;
  } | null;
  readonly deployment: Deployment;
  readonly storage: { readonly usageBytes: number | null; readonly quotaBytes: number | null } | null;
  readonly local: { readonly pendingChanges: number; readonly issues: number } | null;
  /** Newest first, as `Store.listSyncLog` answers. */
  readonly syncLog: readonly SyncLogEntry[];
}

/** Runs the report lists: enough to see a pattern, short enough to paste into a ticket. */
export const DIAGNOSTIC_RUNS = 10;

/** The report's parts the local store tells (package, counts, runs): the same for the task pane and the CLI. */
export async function readLocalDiagnostics(
  store: Store,
): Promise<Pick<DiagnosticInput, 'installedPackage' | 'local' | 'syncLog'>> {
  const db = await store.activeDatabase();
  return {
    installedPackage: db ? await db.installedPackage().catch(() => null) : null,
    local: db ? { pendingChanges: await db.countPendingChanges(), issues: await db.countIssues() } : null,
    syncLog: await store.listSyncLog(DIAGNOSTIC_RUNS),
  };
}

/**
 * The diagnostic report a user copies for the helpdesk (task pane Options, `crm-desktop-sync
 * --diagnostics`): versions, host, package, the deployment configuration in force, storage, local
 * changes and the last runs with their errors and timings. Plain text, one fact per line.
 * It holds no password, token or record data by construction: the input carries none, issues are
 * counted by type (their messages may quote a refused value), and `secrets` — what the caller
 * knows to be secret, e.g. a password typed this session — is cut out of whatever text remains.
 */
export function buildDiagnosticReport(input: DiagnosticInput, secrets: readonly string[] = []): string {
  const lines = [
    'CRM Desktop for Outlook — diagnostic report',
    `Generated: ${input.generatedAt.toISOString()}`,
    `Add-in: ${input.addin.version} (${input.addin.build})`,
    `Host: ${hostLine(input.host)}`,
    `Login: ${input.login ? `${input.login.userName} at ${input.login.serverUrl}` : 'none saved'}`,
    `Package: ${
      input.installedPackage
        ? `${input.installedPackage.packageId} (responsibility ${input.installedPackage.responsibilityId}, hash ${input.installedPackage.hashValue})`
        : 'none installed'
    }`,
    `Storage: ${storageLine(input.storage)}`,
    `Local changes: ${
      input.local ? `${input.local.pendingChanges} waiting to be sent, ${input.local.issues} open issues` : 'unknown'
    }`,
    '',
    'Deployment configuration in force:',
    JSON.stringify(input.deployment, null, 2),
    '',
    `Last synchronizations (newest first, at most ${DIAGNOSTIC_RUNS}):`,
    ...(input.syncLog.length === 0 ? ['  none yet'] : input.syncLog.slice(0, DIAGNOSTIC_RUNS).flatMap(runLines)),
  ];
  return scrub(lines.join('\n'), secrets) + '\n';
}

function hostLine(host: DiagnosticInput['host']): string {
  const office = [host.application, host.platform, host.version].filter(Boolean).join(' ');
  return [host.kind, office, host.language ? `language ${host.language}` : ''].filter(Boolean).join(', ');
}

function storageLine(storage: DiagnosticInput['storage']): string {
  if (!storage || storage.usageBytes === null) return 'unknown';
  const quota = storage.quotaBytes === null ? '' : ` of ${megabytes(storage.quotaBytes)} allowed`;
  return `${megabytes(storage.usageBytes)} used${quota}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

function runLines(entry: SyncLogEntry): string[] {
  const took =
    entry.endedAt === undefined ? 'still running' : `${((entry.endedAt - entry.startedAt) / 1000).toFixed(1)} s`;
  const counts = Object.entries(entry.counts)
    .map(([type, c]) => `${type} +${c.added} ~${c.changed} -${c.removed}`)
    .join(', ');
  const uploads = entry.uploads
    ? `sent: ${entry.uploads.inserted} created, ${entry.uploads.updated} changed, ${entry.uploads.deleted} deleted`
    : '';
  const issuesByType = new Map<string, number>();
  for (const issue of entry.issues) issuesByType.set(issue.typeId, (issuesByType.get(issue.typeId) ?? 0) + 1);
  const issues = [...issuesByType].map(([type, n]) => `${type} ${n}`).join(', ');
  return [
    `- ${new Date(entry.startedAt).toISOString()} ${entry.kind} ${entry.outcome}, ${took}`,
    ...(counts ? [`    received: ${counts}`] : []),
    ...(uploads ? [`    ${uploads}`] : []),
    ...(issues ? [`    issues: ${issues}`] : []),
    ...(entry.error ? [`    error ${entry.error.code}: ${entry.error.message}`] : []),
    ...(entry.packageWarnings?.length ? [`    package warnings: ${entry.packageWarnings.length}`] : []),
  ];
}

/** Cuts each known secret (at least 4 characters, so a short one cannot blank ordinary words) out of the text. */
function scrub(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 4).reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}
