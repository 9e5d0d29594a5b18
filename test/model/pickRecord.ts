import { isLocalId, type LocalIssue, type StoredRecord } from '../../src/store';
import { storedRecords } from './checkInvariants';
import type { LocalContext } from '../../src/sync/local/types';

/**
 * A sort key that does not depend on the random local ids: the server Id, or for a never-sent
 * record its values (a model-made label, a namesake's e-mail, a recreated record's edited value).
 */
function stableKey(record: StoredRecord): string {
  const id = String(record.Id);
  if (!isLocalId(id)) return id;
  return `~${JSON.stringify(
    Object.entries(record)
      .filter(([field]) => field !== 'Id')
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  )}`;
}

function byStableKey(a: StoredRecord, b: StoredRecord): number {
  const [x, y] = [stableKey(a), stableKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The `index`-th local record of a type (modulo their number), in an order that does not depend
 * on the random local ids: server Ids first, then never-sent records by their values. A replayed
 * seed must pick the same record.
 */
export async function pickRecord(ctx: LocalContext, typeId: string, index: number): Promise<StoredRecord | undefined> {
  const records = await storedRecords(ctx.db, typeId);
  if (records.length === 0) return undefined;
  records.sort(byStableKey);
  return records[index % records.length];
}

/** The `index`-th record of `typeIds` with a pending insert or update (stable order as above). */
export async function pickPending(
  ctx: LocalContext,
  typeIds: readonly string[],
  index: number,
): Promise<{ typeId: string; record: StoredRecord } | undefined> {
  const found: { typeId: string; record: StoredRecord }[] = [];
  for (const change of await ctx.db.listPendingChanges()) {
    if (!typeIds.includes(change.typeId) || change.operation === 'delete') continue;
    const record = await ctx.db.get(change.typeId, change.recordId);
    if (record)
      found.push({
        typeId: change.typeId,
        record: Object.fromEntries(Object.entries(record).filter(([field]) => !field.startsWith('_'))),
      });
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => (a.typeId !== b.typeId ? (a.typeId < b.typeId ? -1 : 1) : byStableKey(a.record, b.record)));
  return found[index % found.length];
}

/** The `index`-th open issue with its local record (if any), in a stable order as above. */
export async function pickIssue(
  ctx: LocalContext,
  index: number,
): Promise<{ issue: LocalIssue; record: StoredRecord | undefined } | undefined> {
  const found: { issue: LocalIssue; record: StoredRecord | undefined; key: string }[] = [];
  for (const issue of await ctx.db.listIssues()) {
    const stored = await ctx.db.get(issue.typeId, issue.recordId);
    const record = stored && Object.fromEntries(Object.entries(stored).filter(([field]) => !field.startsWith('_')));
    found.push({ issue, record, key: `${issue.typeId}:${record ? stableKey(record) : issue.recordId}` });
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return found[index % found.length];
}
