import * as fc from 'fast-check';
import { EditsClosedError, isLocalId, StoreError, type StoredRecord } from '../../src/store';
import { createRecord, deleteRecord, shareItem, updateRecord, type ShareRequest } from '../../src/sync';
import type { LocalContext } from '../../src/sync/local/types';
import { isNamesake, LABEL_FIELD } from './checkInvariants';
import type { ModelState } from './ModelState';
import type { ModelWorld } from './modelWorld';
import { pickPending, pickRecord } from './pickRecord';

/**
 * What the user does in the task pane, as plain actions: a `localCommands` step between syncs, or
 * one of the edits `sync with concurrent local work` makes while a run is on its way.
 */
export interface LocalAction {
  readonly label: string;
  /** Changes the store as the task pane would and records the user's intent in the model. */
  apply(model: ModelState, world: ModelWorld, during?: DuringRun): Promise<void>;
}

/**
 * Set when the action runs while a sync runs. The sync may remap, delete or send the record
 * between the user's look at it and the save: a save the store then refuses (nothing kept, one
 * transaction) is what the user would see as an error, not a loss. `touch` names every record the
 * action saved, so the run's own checks leave them to the model.
 */
export interface DuringRun {
  touch(typeId: string, id: string): void;
}

/**
 * The field a local edit changes per type. The simulator's edits change other fields (see
 * serverCommands), so a local edit never meets a field conflict the package would settle for
 * the server: what is lost then would be by design, and the model could not tell it from a bug.
 */
export const LOCAL_FIELD: Readonly<Record<string, string>> = {
  Account: 'MainPhoneNumber',
  Contact: 'JobTitle',
  Opportunity: 'Description',
};

/**
 * Fields both sides edit (serverCommands edits them too), whose conflicts lose nothing by design:
 * an account's Type is "ask" (a conflict issue), a contact's Work Phone "local wins".
 */
const SHARED_FIELD: Readonly<Record<string, { readonly io: string; readonly values: readonly string[] }>> = {
  Account: { io: 'Type', values: ['Customer', 'Prospect', 'Partner'] },
  Contact: { io: 'WorkPhone', values: ['+47 555 0100', '+47 555 0199', '+47 555 0142'] },
};

async function requireContext(world: ModelWorld): Promise<LocalContext> {
  const ctx = await world.context();
  if (!ctx) throw new Error('no active database');
  return ctx;
}

/** The active database, or null while a run builds the first one (the task pane has nothing to edit yet). */
export async function contextFor(world: ModelWorld, during: DuringRun | undefined): Promise<LocalContext | null> {
  return during ? world.context() : requireContext(world);
}

/**
 * Runs a save; while a sync runs, a save the store refuses (the record was remapped, sent or
 * removed since it was read) counts as not made. Between syncs it is a model error and throws,
 * unless a crashed run may have left the database closed for edits (`ModelState.editsMayBeClosed`)
 * and the store says so (`EditsClosedError`): the user sees it and saves again later.
 */
export async function save<T>(
  during: DuringRun | undefined,
  write: () => Promise<T>,
  model?: Pick<ModelState, 'editsMayBeClosed'>,
): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (during && error instanceof StoreError) return undefined;
    if (model?.editsMayBeClosed && error instanceof EditsClosedError) return undefined;
    throw error;
  }
}

/** Whether `change` is the tracked create of `record` (found by its label field, which survives the remap). */
export function isCreateOf(change: ModelState['changes'][number], typeId: string, record: StoredRecord): boolean {
  const labelField = change.labelField ?? LABEL_FIELD[typeId];
  // A namesake holds the name of the contact it copies: only its e-mail identifies it.
  if (labelField === LABEL_FIELD[typeId] && isNamesake(record.EmailAddress)) return false;
  return change.op === 'create' && change.typeId === typeId && change.label === String(record[labelField] ?? '');
}

/**
 * A tracked create takes an edit's values; when the edit changes the field it is found by (a record
 * re-created from a local edit is found by that edit's `v…` value), it is found by the new value
 * (soak seed 9000544: a model error).
 */
function followCreate(
  model: ModelState,
  create: ModelState['changes'][number],
  typeId: string,
  fields: Record<string, string>,
): void {
  const labelField = create.labelField ?? LABEL_FIELD[typeId];
  const label = labelField in fields ? fields[labelField] : create.label;
  const followed = { ...create, label, fields: { ...create.fields, ...fields } };
  model.changes = model.changes.map((c) => (c === create ? followed : c));
}

/**
 * Merges an edit into the model: into the create of a never-sent record, else into the record's
 * edit. A create still tracked (sent during the run, not yet seen settled) now expects the newer
 * values too: the server ends with them, not with the ones first sent.
 */
function trackEdit(model: ModelState, typeId: string, record: StoredRecord, fields: Record<string, string>): void {
  const id = String(record.Id);
  const create = model.changes.find((c) => isCreateOf(c, typeId, record));
  if (create) followCreate(model, create, typeId, fields);
  if (isLocalId(id)) return;
  const edit = model.changes.find((c) => c.op === 'edit' && c.typeId === typeId && c.id === id);
  if (edit) Object.assign(edit.fields, fields);
  else model.changes.push({ op: 'edit', typeId, id, fields: { ...fields } });
}

/**
 * Saves `fields` on `record` and tracks them; false when the save was refused during a run.
 * `inFlight`: the record's update was on its way to Siebel at the save, so the edit must be kept
 * even when it sets every field back (Siebel may hold the sent values): tracked whatever is left.
 */
async function edit(
  model: ModelState,
  ctx: LocalContext,
  typeId: string,
  record: StoredRecord,
  fields: Record<string, string>,
  during?: DuringRun,
  inFlight = false,
): Promise<boolean> {
  const saved = await save(during, () => updateRecord(ctx, typeId, String(record.Id), fields), model);
  if (!saved) return false;
  during?.touch(typeId, String(record.Id));
  const id = String(record.Id);
  let left = true;
  if (!isLocalId(id)) {
    try {
      left = (await ctx.db.pendingChange(typeId, id)) !== undefined;
    } catch (error) {
      // A database a run replaced since the save cannot be read: the save stands, tracked as made.
      if (!(during && error instanceof StoreError)) throw error;
    }
  }
  if (!left && !inFlight) {
    // Every changed field is back at the value Siebel had (or the run's answer already holds
    // them): no change is left to send (docs/local-changes.md, "editing back to the server's
    // values drops the change"), whatever the server holds now.
    model.changes = model.changes.filter((c) => !(c.op === 'edit' && c.typeId === typeId && c.id === id));
    // A create still tracked (sent, its answer taken: the record now has a Siebel Id) expects what the
    // user sees now, the values Siebel holds (soak seeds 7001674, 8000157, 8000710: a model error).
    const create = model.changes.find((c) => isCreateOf(c, typeId, record));
    if (create) followCreate(model, create, typeId, fields);
    return true;
  }
  trackEdit(model, typeId, record, fields);
  return true;
}

const createLocal = fc.constantFrom('Account', 'Contact').map((typeId): LocalAction => ({
  label: `local create ${typeId}`,
  async apply(model, world, during) {
    const ctx = await contextFor(world, during);
    if (!ctx) return;
    const label = model.label('M');
    const values: Record<string, string> =
      typeId === 'Account' ? { Name: label, Location: 'Model' } : { FirstName: 'Model', LastName: label };
    const created = await save(during, () => createRecord(ctx, typeId, values), model);
    if (!created) return;
    during?.touch(typeId, String(created.Id));
    model.changes.push({ op: 'create', typeId, label, fields: { ...values } });
  },
}));

const editLocal = fc
  .record({ typeId: fc.constantFrom('Account', 'Contact', 'Opportunity'), pick: fc.nat(40) })
  .map(({ typeId, pick }): LocalAction => ({
    label: `local edit ${typeId} #${pick}`,
    async apply(model, world, during) {
      const ctx = await contextFor(world, during);
      const record = ctx && (await pickRecord(ctx, typeId, pick));
      if (ctx && record) await edit(model, ctx, typeId, record, { [LOCAL_FIELD[typeId]]: model.label('v') }, during);
    },
  }));

/** Edits a record that has a change waiting: while a sync runs, most likely the one being sent. */
const editPending = fc.nat(20).map((pick): LocalAction => ({
  label: `local edit of waiting change #${pick}`,
  async apply(model, world, during) {
    const ctx = await contextFor(world, during);
    const found = ctx && (await pickPending(ctx, Object.keys(LOCAL_FIELD), pick));
    if (ctx && found)
      await edit(model, ctx, found.typeId, found.record, { [LOCAL_FIELD[found.typeId]]: model.label('v') }, during);
  },
}));

/** The string fields the model's edits change (a value set back is typed as the user would). */
const EDITED_FIELDS: readonly string[] = [
  ...Object.values(LOCAL_FIELD),
  ...Object.values(SHARED_FIELD).map((f) => f.io),
  'SalesStage',
];

/**
 * Sets every field a waiting update changed back to the value last received — while a sync runs,
 * most likely the update being sent, whose answer then must not take Siebel's value over the
 * user's (the narrower case of soak seed 3000231, `PendingChange.sending`).
 */
const revertPending = fc.nat(20).map((pick): LocalAction => ({
  label: `local edit of waiting change #${pick} back to the values received`,
  async apply(model, world, during) {
    const ctx = await contextFor(world, during);
    const found = ctx && (await pickPending(ctx, Object.keys(LOCAL_FIELD), pick));
    if (!ctx || !found) return;
    const pending = await save(during, () => ctx.db.pendingChange(found.typeId, String(found.record.Id)));
    const base = pending?.operation === 'update' ? pending.base : null;
    if (!pending || !base) return;
    const fields = Object.fromEntries(
      pending.changedFields.filter((f) => EDITED_FIELDS.includes(f)).map((f) => [f, String(base[f] ?? '')]),
    );
    if (Object.keys(fields).length === 0) return;
    await edit(model, ctx, found.typeId, found.record, fields, during, pending.sending !== undefined);
  },
}));

/** A field the server edits too: a conflict issue for an account, the local value winning for a contact. */
const editShared = fc
  .record({ typeId: fc.constantFrom('Account', 'Contact'), pick: fc.nat(40), value: fc.nat(2) })
  .map(({ typeId, pick, value }): LocalAction => {
    const { io, values } = SHARED_FIELD[typeId];
    return {
      label: `local edit ${typeId} #${pick} ${io} to ${values[value]}`,
      async apply(model, world, during) {
        const ctx = await contextFor(world, during);
        const record = ctx && (await pickRecord(ctx, typeId, pick));
        if (ctx && record) await edit(model, ctx, typeId, record, { [io]: values[value] }, during);
      },
    };
  });

/** A value outside the bounded pick-list: the server refuses it (SBL-EAI-04401), a failure issue until resolved. */
const refusedValue = fc.nat(40).map((pick): LocalAction => ({
  label: `local edit Opportunity #${pick} to a refused sales stage`,
  async apply(model, world, during) {
    const ctx = await contextFor(world, during);
    const record = ctx && (await pickRecord(ctx, 'Opportunity', pick));
    if (!ctx || !record || !(await edit(model, ctx, 'Opportunity', record, { SalesStage: '99 - Dreaming' }, during)))
      return;
    // The package prefers the server's Sales Stage in a conflict (connector_configuration.xml).
    const change = model.changes.find(
      (c) => c.op === 'edit' && c.typeId === 'Opportunity' && c.id === String(record.Id),
    );
    if (change) change.remoteWins = { SalesStage: String(record.SalesStage ?? ''), ...change.remoteWins };
  },
}));

/**
 * A contact with the first and last name of an existing one and its own e-mail: the package's
 * natural key (first + last name) makes it a duplicate issue; the server's user key (with the
 * e-mail) lets "create anyway" insert it. Tracked by its unique e-mail.
 */
const createNamesake = fc.nat(40).map((pick): LocalAction => ({
  label: `local create Contact named like contact #${pick}`,
  async apply(model, world, during) {
    const ctx = await contextFor(world, during);
    const other = ctx && (await pickRecord(ctx, 'Contact', pick));
    if (!ctx || !other || isLocalId(String(other.Id))) return;
    const email = `${model.label('m')}@model.test`;
    const values = {
      FirstName: String(other.FirstName ?? ''),
      LastName: String(other.LastName ?? ''),
      EmailAddress: email,
    };
    const created = await save(during, () => createRecord(ctx, 'Contact', values), model);
    if (!created) return;
    during?.touch('Contact', String(created.Id));
    model.changes.push({ op: 'create', typeId: 'Contact', label: email, labelField: 'EmailAddress', fields: values });
  },
}));

const deleteLocal = fc
  .record({ typeId: fc.constantFrom('Account', 'Contact', 'Opportunity'), pick: fc.nat(40) })
  .map(({ typeId, pick }): LocalAction => ({
    label: `local delete ${typeId} #${pick}`,
    async apply(model, world, during) {
      const ctx = await contextFor(world, during);
      const record = ctx && (await pickRecord(ctx, typeId, pick));
      if (!ctx || !record) return;
      const id = String(record.Id);
      if ((await save(during, () => deleteRecord(ctx, typeId, id).then(() => true), model)) === undefined) return;
      during?.touch(typeId, id);
      forgetDeleted(model, typeId, record, during !== undefined);
    },
  }));

/**
 * The model after a local delete (or a discarded create). A never-sent record has nothing left to
 * send (docs/local-changes.md); while a sync runs its insert may be on the way, and then the copy
 * the server makes must be deleted too ("a new record deleted while it was sent becomes a pending
 * delete", DataDatabase.acknowledgeUpload).
 */
export function forgetDeleted(model: ModelState, typeId: string, record: StoredRecord, whileSyncRuns: boolean): void {
  const id = String(record.Id);
  // A create still tracked under its label (sent, but edited since) goes with the record.
  const create = model.changes.find((c) => isCreateOf(c, typeId, record));
  model.changes = model.changes.filter((c) => c !== create && !(c.typeId === typeId && c.id === id));
  if (!isLocalId(id)) model.changes.push({ op: 'delete', typeId, id, fields: {} });
  else if (create && whileSyncRuns)
    model.changes.push({
      op: 'delete',
      typeId,
      label: create.label,
      labelField: create.labelField,
      fields: {},
      mayRemain: model.answerMayBeLost,
    });
}

const share = fc.record({ item: fc.nat(2), contact: fc.option(fc.nat(40)) }).map(({ item, contact }): LocalAction => ({
  label: `share item ${item}${contact === null ? '' : ` with contact #${contact}`}`,
  async apply(model, world, during) {
    const ctx = await contextFor(world, during);
    if (!ctx) return;
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
    const state = await save(during, () => shareItem(ctx, request), model);
    if (!state) return;
    during?.touch('Action', String(state.activity.Id));
    model.shareKeys.add(key);
    model.shares.set(key, { key, subject, created: isLocalId(String(state.activity.Id)) });
  },
}));

/** Every local action, each once (runSchedule weighs them). */
export const localActions = {
  createLocal,
  editLocal,
  editPending,
  revertPending,
  editShared,
  refusedValue,
  createNamesake,
  deleteLocal,
  share,
};
