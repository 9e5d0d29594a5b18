import type { PendingChange, PendingOperation } from '../../store';

/** Changes sent together: a wave's commands may go in one batch, waves go one after the other. */
export interface UploadWave {
  readonly operation: PendingOperation;
  /** The inserted type (insert waves), else every type of the wave in sending order. */
  readonly typeIds: readonly string[];
  readonly changes: readonly PendingChange[];
}

/**
 * Orders the `ready` changes into waves: one insert wave per type in sync order (referenced types
 * first, so an account's server Id is known before the contacts pointing to it are encoded), then
 * one wave of all updates, then one of all deletes in reverse sync order (associations and
 * children go before the records they point to). Types missing from `syncOrder` come last.
 *
 * @example
 * planUpload(await db.listPendingChanges(), pkg.syncedTypes.map((t) => t.typeId));
 */
export function planUpload(changes: readonly PendingChange[], syncOrder: readonly string[]): UploadWave[] {
  const ready = changes.filter((c) => c.state === 'ready');
  const rank = (typeId: string) => {
    const index = syncOrder.indexOf(typeId);
    return index === -1 ? syncOrder.length : index;
  };
  const byOrder = (a: PendingChange, b: PendingChange) => rank(a.typeId) - rank(b.typeId);
  const waves: UploadWave[] = [];
  const inserts = ready.filter((c) => c.operation === 'insert').sort(byOrder);
  for (const typeId of unique(inserts.map((c) => c.typeId))) {
    waves.push({ operation: 'insert', typeIds: [typeId], changes: inserts.filter((c) => c.typeId === typeId) });
  }
  const updates = ready.filter((c) => c.operation === 'update').sort(byOrder);
  if (updates.length > 0)
    waves.push({ operation: 'update', typeIds: unique(updates.map((c) => c.typeId)), changes: updates });
  const deletes = ready.filter((c) => c.operation === 'delete').sort((a, b) => byOrder(b, a));
  if (deletes.length > 0)
    waves.push({ operation: 'delete', typeIds: unique(deletes.map((c) => c.typeId)), changes: deletes });
  return waves;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
