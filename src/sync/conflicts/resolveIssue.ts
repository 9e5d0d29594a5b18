import { conflictRulesOf, findObject, type ObjectType } from '../../metadata';
import type { LocalEdit, LocalEditExtras, LocalIssue, LocalMutation, PendingChange, StoredRecord } from '../../store';
import { InvalidResolutionError } from '../errors/InvalidResolutionError';
import { mergeWithServer } from './mergeWithServer';
import { newLocalId } from '../local/newLocalId';
import { orphanEdits } from '../local/orphanEdits';
import { expectedRevision } from '../upload/UploadRun';
import { relinkEdits } from '../local/relinkEdits';
import type { IssueResolution, LocalContext } from '../local/types';

/**
 * What a resolution writes, in one transaction: either pending changes set as they are
 * (`applyLocal`), or user-like edits folded by the store's rules (`saveLocalChanges`).
 */
type Write =
  | { readonly kind: 'set'; readonly mutation: Omit<LocalMutation, 'issues'>; readonly issueId?: string }
  | { readonly kind: 'edit'; readonly edits: readonly LocalEdit[]; readonly extras: LocalEditExtras };

/**
 * Applies the user's decision on a synchronization issue in one transaction and closes the issue:
 * retry (send again), discard (take Siebel's record, or drop a never-sent one together with the
 * links pointing at it), merge (per conflicting field, whose value wins), recreate (insert again a
 * record deleted in Siebel), link (a duplicate becomes the existing record, references follow; the
 * existing record keeps its own pending edit), createAnyway (insert without the natural-key
 * check). For a "deleted here, changed in Siebel" conflict, retry and merge mean "delete anyway".
 * Throws `InvalidResolutionError` when the resolution does not fit the issue.
 *
 * @example
 * await resolveIssue(ctx, issue, { action: 'merge', choices: { JobTitle: 'local', WorkPhone: 'server' } });
 */
export async function resolveIssue(ctx: LocalContext, issue: LocalIssue, resolution: IssueResolution): Promise<void> {
  const object = findObject(ctx.pkg, issue.typeId);
  if (!object)
    throw new InvalidResolutionError(issue.id, `the package has no type ${issue.typeId}; synchronize to update it`);
  const pending = await ctx.db.pendingChange(issue.typeId, issue.recordId);
  const now = ctx.now?.() ?? Date.now();
  if (!pending) {
    // Nothing left to resolve (e.g. the change was discarded elsewhere): just close the issue.
    await ctx.db.applyLocal({ issues: { delete: [issue.id] } });
    return;
  }
  const local = (await ctx.db.get(issue.typeId, issue.recordId)) ?? null;
  const write = await decide(ctx, object, issue, pending, local, resolution, now);
  if (write.kind === 'edit') {
    await ctx.db.saveLocalChanges(write.edits, {
      ...write.extras,
      issues: { delete: [...(write.extras.issues?.delete ?? []), issue.id] },
    });
    return;
  }
  // The resolution was decided on what was read above: a save or a sync in between must not be overwritten.
  const expect = [expectedRevision(pending), ...(write.mutation.expect ?? [])];
  if (!(await ctx.db.applyLocal({ ...write.mutation, expect, issues: { delete: [write.issueId ?? issue.id] } }))) {
    throw new InvalidResolutionError(
      issue.id,
      'the record changed while you were choosing (a synchronization or another window saved it); look at the issue again',
    );
  }
}

async function decide(
  ctx: LocalContext,
  object: ObjectType,
  issue: LocalIssue,
  pending: PendingChange,
  local: StoredRecord | null,
  resolution: IssueResolution,
  now: number,
): Promise<Write> {
  const key = { typeId: issue.typeId, recordId: issue.recordId };
  const ready = (change: PendingChange): PendingChange => ({ ...change, state: 'ready', updatedAt: now });
  const set = (mutation: Omit<LocalMutation, 'issues'>, issueId?: string): Write => ({
    kind: 'set',
    mutation,
    ...(issueId ? { issueId } : {}),
  });
  const deleteConflict = issue.kind === 'conflict' && pending.operation === 'delete' && issue.server;
  switch (resolution.action) {
    case 'retry':
      return set({
        pending: { put: [ready(deleteConflict ? { ...pending, base: issue.server ?? pending.base } : pending)] },
      });
    case 'discard':
      return discard(ctx, object, issue, pending);
    case 'merge': {
      if (deleteConflict) return set({ pending: { put: [ready({ ...pending, base: issue.server ?? pending.base })] } });
      if (issue.kind !== 'conflict' || !issue.server || !local || pending.operation !== 'update')
        throw new InvalidResolutionError(issue.id, 'only a conflict of a record changed on both sides can be merged');
      const missing = (issue.fields ?? []).filter((f) => resolution.choices[f.field] === undefined);
      if (missing.length > 0)
        throw new InvalidResolutionError(issue.id, `choose a value for ${missing.map((f) => f.field).join(', ')}`);
      const merge = mergeWithServer(
        object,
        conflictRulesOf(ctx.pkg, object.typeId),
        pending.base ?? {},
        local,
        issue.server,
        resolution.choices,
      );
      const record = { typeId: issue.typeId, record: merge.record };
      if (merge.changedFields.length === 0) return set({ puts: [record], pending: { delete: [key] } });
      return set({
        puts: [record],
        pending: {
          put: [
            ready({
              ...pending,
              base: issue.server,
              changedFields: merge.changedFields,
              revision: pending.revision + 1,
            }),
          ],
        },
      });
    }
    case 'recreate':
      return recreate(ctx, object, issue, local);
    case 'link':
      return link(ctx, object, issue, pending, resolution.targetId);
    case 'createAnyway':
      if (pending.operation !== 'insert')
        throw new InvalidResolutionError(issue.id, 'only a new record can be created anyway');
      return set({ pending: { put: [ready({ ...pending, allowDuplicate: true })] } });
    default:
      throw new InvalidResolutionError(issue.id, 'unknown resolution');
  }
}

/**
 * Drops the local change. A never-sent record goes like a local delete of it (with its links and
 * the references to it, see `orphanEdits`); otherwise Siebel's record (newest known) comes back.
 */
async function discard(
  ctx: LocalContext,
  object: ObjectType,
  issue: LocalIssue,
  pending: PendingChange,
): Promise<Write> {
  const key = { typeId: issue.typeId, recordId: issue.recordId };
  if (pending.operation === 'insert') {
    const orphans = await orphanEdits(ctx, issue.typeId, issue.recordId);
    return {
      kind: 'edit',
      edits: [{ operation: 'delete', typeId: issue.typeId, id: issue.recordId }, ...orphans],
      extras: {},
    };
  }
  // A conflict keeps the record its upload check read, and a blocked change is not checked again;
  // a later download that skipped the record kept its newer version (`serverSeen`), and its
  // watermark moved past it: that one is restored, or no run would bring it again.
  const conflict = issue.kind === 'conflict' ? issue.server : undefined;
  const server = conflict === null ? null : (pending.serverSeen ?? conflict ?? pending.base);
  if (server === null)
    return {
      kind: 'set',
      mutation: { deletes: [{ typeId: issue.typeId, id: issue.recordId }], pending: { delete: [key] } },
    };
  return {
    kind: 'set',
    mutation: {
      puts: [{ typeId: issue.typeId, record: { ...server, [object.primaryKey]: issue.recordId } }],
      pending: { delete: [key] },
    },
  };
}

/**
 * A record deleted in Siebel is inserted again: a new record under a new local id takes over the
 * old one's references, shares and place (the remap runs after the insert, so the old record and
 * its pending update are dropped in favour of the new ones). The records pointing at it send
 * their new reference too (`relinkEdits`), or Siebel's copies would still point at the deleted one.
 */
async function recreate(
  ctx: LocalContext,
  object: ObjectType,
  issue: LocalIssue,
  local: StoredRecord | null,
): Promise<Write> {
  if (issue.kind !== 'conflict' || issue.server !== null || !local)
    throw new InvalidResolutionError(issue.id, 'only a record deleted in Siebel can be created again');
  const id = newLocalId();
  const { [object.primaryKey]: _oldId, ...values } = local;
  const insert: LocalEdit = {
    operation: 'insert',
    typeId: issue.typeId,
    id,
    values: { ...values, ...(object.timestampField ? { [object.timestampField]: null } : {}) },
  };
  const relinks = await relinkEdits(ctx, issue.typeId, issue.recordId, id);
  return {
    kind: 'edit',
    edits: [insert, ...relinks],
    extras: {
      remaps: [{ typeId: issue.typeId, from: issue.recordId, to: id }],
      issues: { delete: [`${issue.typeId}:${id}`] },
    },
  };
}

/**
 * A duplicate becomes the existing record: references, shares and the record's place move to the
 * target. The new record's insert is dropped; the target's own pending edit and issue are kept
 * (the remap keeps what exists under the target), and its stored record is not overwritten then.
 */
async function link(
  ctx: LocalContext,
  object: ObjectType,
  issue: LocalIssue,
  pending: PendingChange,
  targetId: string,
): Promise<Write> {
  const match = issue.matches?.find((m) => String(m.record[object.primaryKey]) === targetId);
  const stored = await ctx.db.get(issue.typeId, targetId);
  const target = match?.record ?? stored;
  if (issue.kind !== 'duplicate' || pending.operation !== 'insert' || !target)
    throw new InvalidResolutionError(
      issue.id,
      `the record ${targetId} to use instead is unknown; synchronize and try again`,
    );
  const own = await ctx.db.pendingChange(issue.typeId, targetId);
  if (own?.operation === 'delete')
    throw new InvalidResolutionError(
      issue.id,
      `the record ${targetId} to use instead is deleted on this computer; create this one anyway, or discard it`,
    );
  const targetIssueId = `${issue.typeId}:${targetId}`;
  const ownIssue = (await ctx.db.listIssues()).some((i) => i.id === targetIssueId);
  return {
    kind: 'set',
    mutation: {
      expect: [{ typeId: issue.typeId, recordId: targetId, revision: own?.revision ?? null }],
      remaps: [{ typeId: issue.typeId, from: issue.recordId, to: targetId }],
      puts: own && stored ? [] : [{ typeId: issue.typeId, record: target }],
      // Without a pending change of its own, the target now holds the moved insert, which must go.
      pending: own ? {} : { delete: [{ typeId: issue.typeId, recordId: targetId }] },
    },
    // The new record's issue moved to the target unless the target had one of its own (then it was dropped).
    issueId: ownIssue ? issue.id : targetIssueId,
  };
}
