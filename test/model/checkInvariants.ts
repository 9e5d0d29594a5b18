import { findObject, type CustomizationPackage } from '../../src/metadata';
import type { DataDatabase, LocalIssue, PendingChange, StoredRecord } from '../../src/store';
import { shareState, toStoredValue } from '../../src/sync';
import type { LocalContext } from '../../src/sync/local/types';
import type { ModelState, TrackedChange } from './ModelState';
import type { ModelWorld } from './modelWorld';
import { presetKeeps } from './presetKeeps';

/** The synchronized types compared record by record (ActionContact links are checked through shares). */
export const MODEL_TYPES = ['Account', 'Contact', 'Opportunity', 'Action'] as const;

/** The field that carries a model-made record's unique label. */
export const LABEL_FIELD: Readonly<Record<string, string>> = {
  Account: 'Name',
  Contact: 'LastName',
  Opportunity: 'Name',
  Action: 'Description',
};
export const SHARE_KEY_FIELD = 'CRMDShareKey';

/** Figures of a soak: every check that ran counts once. */
export const stats = { commands: 0, checks: 0 };

/** An invariant that does not hold; the message says which and where. */
export class InvariantViolation extends Error {
  override name = 'InvariantViolation';
}

function fail(message: string): never {
  throw new InvariantViolation(message);
}

/** Siebel field Name of an ioElemName (the simulator keys its records by Name). */
export function fieldName(pkg: CustomizationPackage, typeId: string, ioElemName: string): string {
  const field = findObject(pkg, typeId)?.fields.find((f) => f.ioElemName === ioElemName);
  if (!field) throw new Error(`the package has no ${typeId}.${ioElemName}`);
  return field.name;
}

/** What the local side shows of pending work: records with a pending change or an open issue. */
export interface LocalWork {
  readonly pending: readonly PendingChange[];
  readonly issues: readonly LocalIssue[];
  has(typeId: string, id: string): 'pending' | 'issue' | null;
}

export async function localWork(db: DataDatabase): Promise<LocalWork> {
  const pending = await db.listPendingChanges();
  const issues = await db.listIssues();
  const pendingKeys = new Set(pending.map((p) => `${p.typeId}:${p.recordId}`));
  const issueKeys = new Set(issues.map((i) => `${i.typeId}:${i.recordId}`));
  return {
    pending,
    issues,
    has: (typeId, id) =>
      issueKeys.has(`${typeId}:${id}`) ? 'issue' : pendingKeys.has(`${typeId}:${id}`) ? 'pending' : null,
  };
}

/** Stored records of a type without the store's `_` bookkeeping fields. */
export async function storedRecords(db: DataDatabase, typeId: string): Promise<StoredRecord[]> {
  const all: StoredRecord[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await db.list(typeId, { offset, limit: 500 });
    all.push(
      ...page.map((record) => Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')))),
    );
    if (page.length < 500) return all;
  }
}

/**
 * Every tracked local change is on the server (then it is settled and forgotten), or still
 * pending, or an open issue: never silently gone. Runs after every command.
 */
export async function settleChanges(model: ModelState, world: ModelWorld, ctx: LocalContext): Promise<void> {
  const work = await localWork(ctx.db);
  const open: TrackedChange[] = [];
  for (const change of model.changes) {
    stats.checks += 1;
    const state = await changeState(change, world, ctx, work);
    if (state === 'lost')
      fail(
        `local ${change.op} of ${change.typeId} ${change.label ?? change.id} ${JSON.stringify(change.fields)} is neither on the server nor pending nor an issue`,
      );
    if (state !== 'settled') open.push(change);
  }
  model.changes = open;
}

async function changeState(
  change: TrackedChange,
  world: ModelWorld,
  ctx: LocalContext,
  work: LocalWork,
): Promise<'settled' | 'pending' | 'lost'> {
  const { typeId } = change;
  const labelField = change.labelField ?? LABEL_FIELD[typeId];
  if (change.op === 'delete' && change.label !== undefined) {
    // A never-sent record deleted while its insert was on the way: the copy the server made must
    // be pending deletion (the answer turned the local delete into a delete of the server's record).
    const copies = serverByLabel(world, ctx.pkg, typeId, change.label, labelField);
    if (copies.length === 0) return 'settled';
    if (copies.some((copy) => work.has(typeId, copy.Id))) return 'pending';
    return change.mayRemain ? 'settled' : 'lost';
  }
  if (change.op === 'create') {
    // Two local copies are possible: the server's, downloaded after an insert whose answer was
    // lost, and the insert still waiting (a duplicate issue when it was edited since).
    const locals = (await ctx.db.whereEquals(typeId, labelField, String(change.label))).filter(
      (r) => labelField !== LABEL_FIELD[typeId] || !isNamesake(r.EmailAddress),
    );
    if (locals.some((local) => work.has(typeId, String(local.Id)))) return 'pending';
  } else if (work.has(typeId, String(change.id))) return 'pending';
  const server =
    change.op === 'create'
      ? serverByLabel(world, ctx.pkg, typeId, String(change.label), labelField)[0]
      : world.simulator.data.get(typeId, String(change.id));
  if (change.op === 'delete') return server ? 'lost' : 'settled';
  if (!server) return 'lost';
  for (const [io, value] of Object.entries(change.fields)) {
    const held = server[fieldName(ctx.pkg, typeId, io)] ?? '';
    const base = change.remoteWins?.[io];
    if (held !== value && !(base !== undefined && held !== base)) return 'lost';
  }
  return 'settled';
}

/** Server records (any owner) whose label field (ioElemName) holds `label`. */
function serverByLabel(
  world: ModelWorld,
  pkg: CustomizationPackage,
  typeId: string,
  label: string,
  labelField = LABEL_FIELD[typeId],
) {
  const name = fieldName(pkg, typeId, labelField);
  return [...world.simulator.data.list(typeId)].filter(
    (r) => r[name] === label && (labelField !== LABEL_FIELD[typeId] || !isNamesake(r['Email Address'])),
  );
}

/** A namesake contact (`local create Contact named like …`) carries a model e-mail and is found by it, not by its name. */
export function isNamesake(email: unknown): boolean {
  return typeof email === 'string' && email.endsWith('@model.test');
}

/**
 * One activity per shared item on the server, at most one local record per model label or share
 * key, and every share either pending, an issue, or on the server with its subject.
 */
export async function checkSharesAndDuplicates(model: ModelState, world: ModelWorld, ctx: LocalContext): Promise<void> {
  const keyName = fieldName(ctx.pkg, 'Action', SHARE_KEY_FIELD);
  const serverActions = [...world.simulator.data.list('Action')];
  for (const key of model.shareKeys) {
    stats.checks += 1;
    const onServer = serverActions.filter((a) => a[keyName] === key);
    if (onServer.length > 1)
      fail(
        `${onServer.length} activities on the server for shared item ${key}: ${onServer.map((a) => a.Id).join(', ')}`,
      );
    if (onServer.length === 0) continue;
    // …and each of its contacts linked once.
    stats.checks += 1;
    const contacts = [...world.simulator.data.list('ActionContact')]
      .filter((l) => l['Activity Id'] === onServer[0].Id)
      .map((l) => l['Contact Id']);
    if (new Set(contacts).size !== contacts.length)
      fail(`the activity of shared item ${key} links a contact twice: ${contacts.join(', ')}`);
  }
  const work = await localWork(ctx.db);
  for (const [key, share] of [...model.shares]) {
    stats.checks += 1;
    const state = await shareState(ctx, key);
    if (state?.pending || (state && work.has('Action', String(state.activity.Id)))) continue;
    const onServer = serverActions.filter((a) => a[keyName] === key);
    if (onServer.length === 1 && (share.created || onServer[0].Description === share.subject)) {
      model.shares.delete(key);
      continue;
    }
    fail(
      `share ${key} ("${share.subject}") is neither on the server nor pending nor an issue (server has ${onServer.length})`,
    );
  }
  for (const typeId of MODEL_TYPES) {
    const records = await storedRecords(ctx.db, typeId);
    const seen = new Set<string>();
    for (const record of records) {
      const label = String(record[LABEL_FIELD[typeId]] ?? '');
      // A namesake contact shares its model-made label with the original: its own key is its e-mail.
      const email = typeId === 'Contact' ? String(record.EmailAddress ?? '') : '';
      const key = typeId === 'Action' ? String(record[SHARE_KEY_FIELD] ?? '') : isNamesake(email) ? email : label;
      // Only model-made labels (M…), namesakes' e-mails and share keys are unique by construction;
      // a record with local work may be the second copy a duplicate issue asks the user about.
      if (!(typeId === 'Action' ? key.length > 0 : /^M\d+$/.test(label) || key !== label)) continue;
      if (work.has(typeId, String(record.Id))) continue;
      stats.checks += 1;
      if (seen.has(key)) fail(`two local ${typeId} records for ${key}`);
      seen.add(key);
    }
  }
  for (const change of model.changes) {
    if (change.op !== 'create') continue;
    stats.checks += 1;
    const copies = serverByLabel(world, ctx.pkg, change.typeId, String(change.label), change.labelField);
    if (copies.length > 1) fail(`${copies.length} server copies of the local create ${change.typeId} ${change.label}`);
  }
}

/**
 * After a sync that succeeded: records without local work equal the server's records visible to
 * the user under the filter. `exact`: same Ids both ways (a run with a full Id listing, i.e.
 * `deletionCheckHours: 0`); `superset`: every visible server record is local and equal, and local
 * extras are allowed (a server deletion may wait for the next listing, docs/sync.md).
 */
export async function checkServerData(world: ModelWorld, ctx: LocalContext, mode: 'exact' | 'superset'): Promise<void> {
  const work = await localWork(ctx.db);
  for (const typeId of MODEL_TYPES) {
    const object = findObject(ctx.pkg, typeId);
    if (!object) throw new Error(`the package has no ${typeId}`);
    const keeps = presetKeeps(typeId, world.userName);
    const expected = new Map<string, StoredRecord>();
    for (const sim of world.simulator.data.list(typeId, world.userName)) {
      if (!keeps(sim) || work.has(typeId, sim.Id)) continue;
      expected.set(
        sim.Id,
        Object.fromEntries(object.fields.map((f) => [f.ioElemName, toStoredValue(f, sim[f.name] ?? '') ?? null])),
      );
    }
    const local = new Map(
      (await storedRecords(ctx.db, typeId))
        .filter((r) => !work.has(typeId, String(r.Id)))
        .map((r) => [String(r.Id), r]),
    );
    for (const [id, record] of expected) {
      stats.checks += 1;
      const mine = local.get(id);
      if (!mine) fail(`${typeId} ${id} is visible on the server but not local after a successful sync`);
      const differs = Object.keys(record).filter(
        (io) => JSON.stringify(record[io]) !== JSON.stringify(mine[io] ?? null),
      );
      if (differs.length > 0)
        fail(
          `${typeId} ${id} differs from the server in ${differs.map((io) => `${io}: local ${JSON.stringify(mine[io])} server ${JSON.stringify(record[io])}`).join('; ')}`,
        );
    }
    if (mode === 'exact') {
      for (const id of local.keys()) {
        stats.checks += 1;
        if (!expected.has(id))
          fail(`${typeId} ${id} is local but not visible on the server after a sync with a full Id listing`);
      }
    }
  }
}

/** Zero open sessions on the simulator: every command ends with no sync running. */
export function checkSessions(world: ModelWorld): void {
  stats.checks += 1;
  const open = world.simulator.openSessionCount();
  if (open !== 0) fail(`${open} Siebel session(s) left open`);
}
