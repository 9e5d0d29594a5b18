import type { LocalIssue } from '../../store';
import { ensureTarget } from '../run/ensureTarget';
import { checkDuplicates } from './checkDuplicates';
import { checkServerVersions } from '../conflicts/checkServerVersions';
import { sendWaves } from './sendWaves';
import { UploadRun } from './UploadRun';
import type { Workspace } from '../run/Workspace';
import type { SyncEvent, SyncKind } from '../machine/types';

/**
 * The upload phase: sends the active database's `ready` local changes with the package that
 * database was built with. First the server's version of updated and deleted records is checked
 * (conflicts), then new records' natural keys (duplicates), then the rest goes out in waves.
 * Returns what was sent and how many changes are still unsent.
 */
export async function upload(ws: Workspace, kind: SyncKind): Promise<Extract<SyncEvent, { type: 'uploaded' }>> {
  ws.progress.enter('uploading', kind);
  // The active database and its own package: the upload runs before any new package is looked at.
  const db = await ensureTarget(ws);
  if (!ws.pkg) throw new Error('No package to encode the local changes with');
  const issues = new Map<string, LocalIssue>((await db.listIssues()).map((issue) => [issue.id, issue]));
  const run = new UploadRun(ws, db, ws.pkg, issues);
  const ready = (await db.listPendingChanges()).filter((c) => c.state === 'ready');
  const checked = await checkServerVersions(
    run,
    ready.filter((c) => c.operation !== 'insert'),
  );
  const inserts = await checkDuplicates(
    run,
    ready.filter((c) => c.operation === 'insert'),
  );
  await sendWaves(run, [...inserts, ...checked], kind);
  return {
    type: 'uploaded',
    uploads: { ...run.counts },
    issues: run.reportIssues,
    pendingChanges: await db.countPendingChanges(),
  };
}
