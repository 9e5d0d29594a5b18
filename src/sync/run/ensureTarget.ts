import type { DataDatabase } from '../../store';
import type { Workspace } from './Workspace';

/**
 * The database and parsed package effects work on. An incremental run that received no new
 * package works on the active database with its installed package, parsed again here.
 */
export async function ensureTarget(ws: Workspace): Promise<DataDatabase> {
  if (!ws.target) {
    if (!ws.active) throw new Error('No database to synchronize into');
    ws.target = ws.active;
  }
  if (!ws.pkg) ws.pkg = await ws.runtime.parsePackage((await ws.target.installedPackage()).files);
  return ws.target;
}
