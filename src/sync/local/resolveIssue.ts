import { conflictRulesOf, findObject, type ObjectType } from '../../metadata';
import type { LocalIssue, LocalMutation, PendingChange, StoredRecord } from '../../store';
import { InvalidResolutionError } from '../errors/InvalidResolutionError';
import { mergeWithServer } from '../upload/mergeWithServer';
import { foldChange } from './foldChange';
import { newLocalId } from './newLocalId';
import type { IssueResolution, LocalContext } from './types';

type Resolved = Omit<LocalMutation, 'issues'> & { readonly issueId?: string };

/**
 * Applies the user's decision on a synchronization issue in one transaction and closes the issue:
 * retry (send again), discard (take Siebel's record, or drop a never-sent one), merge (per
 * conflicting field, whose value wins), recreate (insert again a record deleted in Siebel), link
 * (a duplicate becomes the existing record, references follow), createAnyway (insert without the
 * natural-key check). For a "deleted here, changed in Siebel" conflict, retry and merge mean
 * "delete anyway". Throws `InvalidResolutionError` when the resolution does not fit the issue.
 *
 * @example
 * await resolveIssue(ctx, issue, { action: 'merge', choices: { JobTitle: 'local', WorkPhone: 'server' } });
 */
export async function resolveIssue(ctx: LocalContext, issue: LocalIssue, resolution: IssueResolution): Promise<void> {
  const object = findObject(ctx.pkg, issue.typeId);
  if (!object) throw new InvalidResolutionError(issue.id, `the package has no type ${issue.typeId}; synchronize to update it`);
  const pending = await ctx.db.pendingChange(issue.typeId, issue.recordId);
  const now = ctx.now?.() ?? Date.now();
  if (!pending) {
    // Nothing left to resolve (e.g. the change was discarded elsewhere): just close the issue.
    await ctx.db.applyLocal({ issues: { delete: [issue.id] } });
    return;
  }
  const local = (await ctx.db.get(issue.typeId, issue.recordId)) ?? null;
  const { issueId, ...mutation } = await decide(ctx, object, issue, pending, local, resolution, now);
  await ctx.db.applyLocal({ ...mutation, issues: { delete: [issueId ?? issue.id] } });
}

async function decide(ctx: LocalContext, object: ObjectType, issue: LocalIssue, pending: PendingChange, local: StoredRecord | null, resolution: IssueResolution, now: number): Promise<Resolved> {
  const key = { typeId: issue.typeId, recordId: issue.recordId };
  const ready = (change: PendingChange): PendingChange => ({ ...change, state: 'ready', updatedAt: now });
  const deleteConflict = issue.kind === 'conflict' && pending.operation === 'delete' && issue.server;
  switch (resolution.action) {
    case 'retry':
      return { pending: { put: [ready(deleteConflict ? { ...pending, base: issue.server ?? pending.base } : pending)] } };
    case 'discard':
      return discard(object, issue, pending);
    case 'merge': {
      if (deleteConflict) return { pending: { put: [ready({ ...pending, base: issue.server ?? pending.base })] } };
      if (issue.kind !== 'conflict' || !issue.server || !local || pending.operation !== 'update') throw new InvalidResolutionError(issue.id, 'only a conflict of a record changed on both sides can be merged');
      const missing = (issue.fields ?? []).filter((f) => resolution.choices[f.field] === undefined);
      if (missing.length > 0) throw new InvalidResolutionError(issue.id, `choose a value for ${missing.map((f) => f.field).join(', ')}`);
      const merge = mergeWithServer(object, conflictRulesOf(ctx.pkg, object.typeId), pending.base ?? {}, local, issue.server, resolution.choices);
      const record = { typeId: issue.typeId, record: merge.record };
      if (merge.changedFields.length === 0) return { puts: [record], pending: { delete: [key] } };
      return { puts: [record], pending: { put: [ready({ ...pending, base: issue.server, changedFields: merge.changedFields, revision: pending.revision + 1 })] } };
    }
    case 'recreate': {
      if (issue.kind !== 'conflict' || issue.server !== null || !local) throw new InvalidResolutionError(issue.id, 'only a record deleted in Siebel can be created again');
      const id = newLocalId();
      const after: StoredRecord = { ...local, [object.primaryKey]: id, ...(object.timestampField ? { [object.timestampField]: null } : {}) };
      const insert = foldChange({ object, recordId: id, existing: undefined, before: null, after, now });
      return { remaps: [{ typeId: issue.typeId, from: issue.recordId, to: id }], puts: [{ typeId: issue.typeId, record: after }], pending: { put: insert ? [insert] : [] }, issueId: `${issue.typeId}:${id}` };
    }
    case 'link': {
      const match = issue.matches?.find((m) => String(m.record[object.primaryKey]) === resolution.targetId);
      const target = match?.record ?? (await ctx.db.get(issue.typeId, resolution.targetId));
      if (issue.kind !== 'duplicate' || pending.operation !== 'insert' || !target) throw new InvalidResolutionError(issue.id, `the record ${resolution.targetId} to use instead is unknown; synchronize and try again`);
      return {
        remaps: [{ typeId: issue.typeId, from: issue.recordId, to: resolution.targetId }],
        puts: [{ typeId: issue.typeId, record: target }],
        pending: { delete: [{ typeId: issue.typeId, recordId: resolution.targetId }] },
        issueId: `${issue.typeId}:${resolution.targetId}`,
      };
    }
    case 'createAnyway':
      if (pending.operation !== 'insert') throw new InvalidResolutionError(issue.id, 'only a new record can be created anyway');
      return { pending: { put: [ready({ ...pending, allowDuplicate: true })] } };
    default:
      throw new InvalidResolutionError(issue.id, 'unknown resolution');
  }
}

/** Drops the local change: a never-sent record goes; otherwise Siebel's record (newest known) comes back. */
function discard(object: ObjectType, issue: LocalIssue, pending: PendingChange): Resolved {
  const key = { typeId: issue.typeId, recordId: issue.recordId };
  const server = issue.kind === 'conflict' && issue.server !== undefined ? issue.server : (pending.serverSeen ?? pending.base);
  if (pending.operation === 'insert' || server === null) {
    return { deletes: [{ typeId: issue.typeId, id: issue.recordId }], pending: { delete: [key] } };
  }
  return { puts: [{ typeId: issue.typeId, record: { ...server, [object.primaryKey]: issue.recordId } }], pending: { delete: [key] } };
}
