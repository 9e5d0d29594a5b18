import * as fc from 'fast-check';
import type { LocalIssue, StoredRecord } from '../../src/store';
import { InvalidResolutionError, resolveIssue, shareState, type IssueResolution } from '../../src/sync';
import type { LocalContext } from '../../src/sync/local/types';
import { LABEL_FIELD } from './checkInvariants';
import { contextFor, forgetDeleted, isCreateOf, save, type LocalAction } from './localActions';
import type { ModelState, TrackedChange } from './ModelState';
import { pickIssue } from './pickRecord';

/**
 * The user's answer to an open issue, in the words of the Issues tab (docs/local-changes.md,
 * "Synchronization issues"); which resolution it is depends on the issue:
 * - `discard`: Discard my change / Accept the deletion / Keep Siebel's record;
 * - `mine`: Retry (failure), Apply with every field "mine" (conflict), Create it again (deleted in
 *   Siebel), Delete anyway (deleted here, changed in Siebel), Create anyway (duplicate);
 * - `theirs`: Apply with every field "Siebel's" (conflict), Use this record (duplicate), else discard;
 * - `mixed`: Apply with a choice per field (conflict), else as `mine`.
 */
type How = 'discard' | 'mine' | 'theirs' | 'mixed';

const WORDS: Readonly<Record<How, string>> = {
  discard: 'discard my change',
  mine: 'keep mine',
  theirs: "take Siebel's",
  mixed: 'choose field by field',
};

/** What the model does after the resolution was written. */
type Effect = (model: ModelState) => void;

export const resolveIssueAction = fc
  .record({ pick: fc.nat(20), how: fc.constantFrom<How>('discard', 'mine', 'theirs', 'mixed'), choices: fc.nat(255) })
  .map(({ pick, how, choices }): LocalAction => ({
    label: `resolve issue #${pick}: ${WORDS[how]}`,
    async apply(model, world, during) {
      const ctx = await contextFor(world, during);
      const found = ctx && (await pickIssue(ctx, pick));
      if (!ctx || !found) return;
      const { issue, record } = found;
      const decided = decide(model, issue, record, how, choices, during !== undefined);
      if (!decided) return;
      const shares = await sharesOf(model, ctx, issue);
      try {
        if (
          (await save(during, () => resolveIssue(ctx, issue, decided.resolution).then(() => true), model)) === undefined
        )
          return;
      } catch (error) {
        // The sync changed the record while the user chose (the task pane asks to look again), or
        // the record to link to is deleted here or unknown (it says so): nothing was written.
        if (error instanceof InvalidResolutionError && (during || decided.resolution.action === 'link')) return;
        throw error;
      }
      during?.touch(issue.typeId, issue.recordId);
      if (decided.resolution.action === 'discard') for (const key of shares) model.shares.delete(key);
      decided.effect(model);
    },
  }));

/** Share keys whose activity is the issue's record (a discarded share is no longer expected on the server). */
async function sharesOf(model: ModelState, ctx: LocalContext, issue: LocalIssue): Promise<string[]> {
  const keys: string[] = [];
  for (const key of model.shares.keys())
    if (String((await shareState(ctx, key))?.activity.Id) === issue.recordId) keys.push(key);
  return keys;
}

/** The resolution `how` means for this issue, and what it promises the model; null when it has nothing to offer here. */
function decide(
  model: ModelState,
  issue: LocalIssue,
  record: StoredRecord | undefined,
  how: How,
  choices: number,
  whileSyncRuns: boolean,
): { resolution: IssueResolution; effect: Effect } | null {
  const discard = {
    resolution: { action: 'discard' } as const,
    effect: (m: ModelState) => forgetChange(m, issue, record, whileSyncRuns),
  };
  const keep = { resolution: { action: 'retry' } as const, effect: () => undefined };
  if (how === 'discard') return discard;
  switch (issue.kind) {
    case 'failure':
      return how === 'theirs' ? discard : keep;
    case 'duplicate': {
      if (how !== 'theirs') return { resolution: { action: 'createAnyway' }, effect: () => undefined };
      const matches = issue.matches ?? [];
      if (matches.length === 0) return null;
      const targetId = String(matches[choices % matches.length].record.Id);
      // The new record becomes the existing one: its own values are given up, by the user's choice.
      return {
        resolution: { action: 'link', targetId },
        effect: (m) => (m.changes = m.changes.filter((c) => !(record && isCreateOf(c, issue.typeId, record)))),
      };
    }
    case 'conflict':
      if (issue.operation === 'delete') return how === 'theirs' ? discard : keep;
      if (issue.server === null) return how === 'theirs' ? discard : recreate(model, issue, record);
      return merge(issue, how, choices);
  }
}

/** "Discard my change": the record's tracked changes go; a never-sent record goes like a local delete. */
function forgetChange(
  model: ModelState,
  issue: LocalIssue,
  record: StoredRecord | undefined,
  whileSyncRuns: boolean,
): void {
  if (issue.operation === 'insert' && record) return forgetDeleted(model, issue.typeId, record, whileSyncRuns);
  model.changes = model.changes.filter(
    (c) =>
      !(
        c.typeId === issue.typeId &&
        (c.id === issue.recordId || (record !== undefined && isCreateOf(c, issue.typeId, record)))
      ),
  );
}

/** Per conflicting field, "mine" or "Siebel's"; a field given to Siebel is no longer the user's to expect. */
function merge(issue: LocalIssue, how: How, bits: number): { resolution: IssueResolution; effect: Effect } {
  const fields = (issue.fields ?? []).map((f) => f.field);
  const choice = (i: number): 'local' | 'server' =>
    how === 'mine' ? 'local' : how === 'theirs' ? 'server' : (bits >> i) & 1 ? 'local' : 'server';
  const choices = Object.fromEntries(fields.map((field, i) => [field, choice(i)]));
  return {
    resolution: { action: 'merge', choices },
    effect: (model) => {
      const change = model.changes.find((c) => c.op === 'edit' && c.typeId === issue.typeId && c.id === issue.recordId);
      if (!change) return;
      for (const field of fields) if (choices[field] === 'server') delete change.fields[field];
      if (Object.keys(change.fields).length === 0) model.changes = model.changes.filter((c) => c !== change);
    },
  };
}

/**
 * "Create it again": the record deleted in Siebel is inserted as a new one with the local values.
 * The model then expects a create, found by a unique value: an account's name, or the unique
 * value a local edit left (`v…`). Without one the model could not find it: not offered.
 */
function recreate(
  model: ModelState,
  issue: LocalIssue,
  record: StoredRecord | undefined,
): { resolution: IssueResolution; effect: Effect } | null {
  const edit = model.changes.find((c) => c.op === 'edit' && c.typeId === issue.typeId && c.id === issue.recordId);
  if (!edit || !record) return null;
  const labelField =
    issue.typeId === 'Account'
      ? LABEL_FIELD.Account
      : Object.keys(edit.fields).find((f) => /^v\d+$/.test(edit.fields[f]));
  if (!labelField || typeof record[labelField] !== 'string') return null;
  const create: TrackedChange = {
    op: 'create',
    typeId: issue.typeId,
    label: String(record[labelField]),
    labelField,
    fields: { ...edit.fields },
  };
  return {
    resolution: { action: 'recreate' },
    effect: (m) => (m.changes = [...m.changes.filter((c) => c !== edit), create]),
  };
}
