import type { Identity, Store } from '../store';
import { sameIdentity } from './identity';

/**
 * Whether the next synchronization for `identity` downloads everything again: nothing is
 * installed yet, or the active data belongs to another user or server. The UI asks before an
 * identity change, because the old data is replaced.
 */
export async function needsInitialSync(store: Store, identity: Identity): Promise<boolean> {
  const active = await store.activeDatabase();
  return active === null || !sameIdentity(active.identity, identity);
}
