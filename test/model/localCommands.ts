import * as fc from 'fast-check';
import { isLocalId } from '../../src/store';
import { createRecord, deleteRecord, resolveIssue, shareItem, shareState, updateRecord, type LocalContext, type ShareRequest } from '../../src/sync';
import { LABEL_FIELD } from './checkInvariants';
import { ModelCommand } from './ModelCommand';
import type { ModelState } from './ModelState';
import type { ModelWorld } from './modelWorld';
import { pickRecord } from './pickRecord';

/**
 * The field a local edit changes per type. The simulator's edits change other fields (see
 * serverCommands), so a local edit never meets a field conflict the package would settle for
 * the server: what is lost then would be by design, and the model could not tell it from a bug.
 */
const LOCAL_FIELD: Readonly<Record<string, string>> = { Account: 'MainPhoneNumber', Contact: 'JobTitle', Opportunity: 'Description' };

async function requireContext(world: ModelWorld): Promise<LocalContext> {
  const ctx = await world.context();
  if (!ctx) throw new Error('no active database');
  return ctx;
}

/** Merges an edit into the model: into the create of a never-sent record, else into the record's edit. */
function trackEdit(model: ModelState, typeId: string, id: string, label: string, fields: Record<string, string>): void {
  if (isLocalId(id)) {
    const create = model.changes.find((c) => c.op === 'create' && c.typeId === typeId && c.label === label);
    if (create) Object.assign(create.fields, fields);
    return;
  }
  const edit = model.changes.find((c) => c.op === 'edit' && c.typeId === typeId && c.id === id);
  if (edit) Object.assign(edit.fields, fields);
  else model.changes.push({ op: 'edit', typeId, id, fields: { ...fields } });
}

const createLocal = fc.constantFrom('Account', 'Contact').map(
  (typeId) =>
    new ModelCommand(
      `local create ${typeId}`,
      async (model, world) => {
        const ctx = await requireContext(world);
        const label = model.label('M');
        const values: Record<string, string> = typeId === 'Account' ? { Name: label, Location: 'Model' } : { FirstName: 'Model', LastName: label };
        await createRecord(ctx, typeId, values);
        model.changes.push({ op: 'create', typeId, label, fields: { ...values } });
      },
      true,
    ),
);

const editLocal = fc.record({ typeId: fc.constantFrom('Account', 'Contact', 'Opportunity'), pick: fc.nat(40) }).map(
  ({ typeId, pick }) =>
    new ModelCommand(
      `local edit ${typeId} #${pick}`,
      async (model, world) => {
        const ctx = await requireContext(world);
        const record = await pickRecord(ctx, typeId, pick);
        if (!record) return;
        const fields = { [LOCAL_FIELD[typeId]]: model.label('v') };
        await updateRecord(ctx, typeId, String(record.Id), fields);
        trackEdit(model, typeId, String(record.Id), String(record[LABEL_FIELD[typeId]]), fields);
      },
      true,
    ),
);

/** A value outside the bounded pick-list: the server refuses it (SBL-EAI-04401), a failure issue until discarded. */
const refusedValue = fc.nat(40).map(
  (pick) =>
    new ModelCommand(
      `local edit Opportunity #${pick} to a refused sales stage`,
      async (model, world) => {
        const ctx = await requireContext(world);
        const record = await pickRecord(ctx, 'Opportunity', pick);
        if (!record) return;
        const fields = { SalesStage: '99 - Dreaming' };
        await updateRecord(ctx, 'Opportunity', String(record.Id), fields);
        trackEdit(model, 'Opportunity', String(record.Id), String(record.Name), fields);
        // The package prefers the server's Sales Stage in a conflict (connector_configuration.xml).
        const edit = model.changes.find((c) => c.op === 'edit' && c.typeId === 'Opportunity' && c.id === String(record.Id));
        if (edit) edit.remoteWins = { SalesStage: String(record.SalesStage ?? ''), ...edit.remoteWins };
      },
      true,
    ),
);

const deleteLocal = fc.record({ typeId: fc.constantFrom('Account', 'Contact', 'Opportunity'), pick: fc.nat(40) }).map(
  ({ typeId, pick }) =>
    new ModelCommand(
      `local delete ${typeId} #${pick}`,
      async (model, world) => {
        const ctx = await requireContext(world);
        const record = await pickRecord(ctx, typeId, pick);
        if (!record) return;
        const id = String(record.Id);
        await deleteRecord(ctx, typeId, id);
        if (isLocalId(id)) {
          // A never-sent record deleted: nothing is left to send (docs/local-changes.md).
          model.changes = model.changes.filter((c) => !(c.op === 'create' && c.typeId === typeId && c.label === record[LABEL_FIELD[typeId]]));
          return;
        }
        model.changes = model.changes.filter((c) => !(c.typeId === typeId && c.id === id));
        model.changes.push({ op: 'delete', typeId, id, fields: {} });
      },
      true,
    ),
);

const share = fc.record({ item: fc.nat(2), contact: fc.option(fc.nat(40)) }).map(
  ({ item, contact }) =>
    new ModelCommand(
      `share item ${item}${contact === null ? '' : ` with contact #${contact}`}`,
      async (model, world) => {
        const ctx = await requireContext(world);
        // Keys per login: another user's mailbox holds other items.
        const key = `m-${world.userName.toLowerCase()}-item-${item}`;
        const subject = model.label('S');
        const picked = contact === null ? undefined : await pickRecord(ctx, 'Contact', contact);
        const contactIds = picked && !isLocalId(String(picked.Id)) ? [String(picked.Id)] : [];
        const request: ShareRequest = {
          itemKey: key,
          kind: 'inboundEmail',
          subject,
          start: new Date(world.clock.now()).toISOString(),
          from: 'buyer@customer.test',
          to: ['jsmith@example.test'],
          cc: [],
          body: `Body of ${subject}`,
          accountId: null,
          opportunityId: null,
          contactIds,
        };
        const state = await shareItem(ctx, request);
        model.shareKeys.add(key);
        model.shares.set(key, { key, subject, created: isLocalId(String(state.activity.Id)) });
      },
      true,
    ),
);

/** "Discard my change" on the `pick`-th open issue: the model forgets the change it discards. */
const discardIssue = fc.nat(20).map(
  (pick) =>
    new ModelCommand(
      `discard issue #${pick}`,
      async (model, world) => {
        const ctx = await requireContext(world);
        const issues = (await ctx.db.listIssues()).sort((a, b) => (a.id < b.id ? -1 : 1));
        if (issues.length === 0) return;
        const issue = issues[pick % issues.length];
        const local = await ctx.db.get(issue.typeId, issue.recordId);
        const label = local ? String(local[LABEL_FIELD[issue.typeId]] ?? '') : undefined;
        for (const [key] of [...model.shares]) {
          if (String((await shareState(ctx, key))?.activity.Id) === issue.recordId) model.shares.delete(key);
        }
        await resolveIssue(ctx, issue, { action: 'discard' });
        model.changes = model.changes.filter(
          (c) => !(c.typeId === issue.typeId && (c.id === issue.recordId || (c.op === 'create' && label !== undefined && c.label === label))),
        );
      },
      true,
    ),
);

/** What the user does in the task pane. */
export const localCommands = [createLocal, editLocal, refusedValue, deleteLocal, share, discardIssue];
