import * as fc from 'fast-check';
import type { FaultRule } from '../../src/simulator';
import { ModelCommand } from './ModelCommand';
import type { ModelState } from './ModelState';
import type { ModelWorld } from './modelWorld';
import { fieldName, SHARE_KEY_FIELD } from './checkInvariants';

const HOUR = 60 * 60 * 1000;

/**
 * Fields the server side edits, with values in and out of the filter. Local edits change other
 * fields (localActions' LOCAL_FIELD), except an account's Type and a contact's Work Phone, which
 * both sides edit on purpose (conflicts that lose nothing by design: "ask" and "local wins").
 */
const SERVER_EDITS: Readonly<Record<string, readonly Record<string, string>[]>> = {
  Account: [{ Type: 'Partner' }, { Type: 'Customer' }],
  Contact: [{ 'Work Phone #': '+47 555 0100' }, { 'Work Phone #': '+47 555 0199' }],
  Opportunity: [
    { 'Sales Stage': '04 - Proposal' },
    { 'Sales Stage': '07 - Closed/Won' },
    { 'Sales Stage': '02 - Qualification' },
  ],
  Action: [{ Status: 'Done' }, { Status: 'In Progress' }],
};

/** The `pick`-th record of a type on the server, any owner, by Id. */
function serverRecordId(records: Iterable<Readonly<Record<string, string>>>, pick: number): string | undefined {
  const ids = [...records].map((r) => r.Id).sort();
  return ids.length === 0 ? undefined : ids[pick % ids.length];
}

const serverCreate = fc
  .record({
    typeId: fc.constantFrom('Account', 'Contact', 'Action'),
    inFilter: fc.boolean(),
    owner: fc.constantFrom('JSMITH', 'TBROWN'),
  })
  .map(
    ({ typeId, inFilter, owner }) =>
      new ModelCommand(
        `server create ${typeId}${inFilter ? '' : ' (outside the filter)'} for ${owner}`,
        async (model, world) => {
          const label = model.label('Srv');
          const fields: Record<string, string> =
            typeId === 'Account'
              ? { Name: label }
              : typeId === 'Contact'
                ? { 'First Name': 'Server', 'Last Name': label }
                : { Description: label, Type: 'Call', Status: inFilter ? 'Planned' : 'Done' };
          world.simulator.data.create(typeId, fields, { owner });
        },
      ),
  );

const serverEdit = fc
  .record({
    typeId: fc.constantFrom('Account', 'Contact', 'Opportunity', 'Action'),
    pick: fc.nat(60),
    variant: fc.nat(2),
  })
  .map(
    ({ typeId, pick, variant }) =>
      new ModelCommand(`server edit ${typeId} #${pick} (${variant})`, async (model, world) => {
        const id = serverRecordId(world.simulator.data.list(typeId), pick);
        const edits = SERVER_EDITS[typeId];
        if (!id) return;
        const edit = edits[variant % edits.length];
        await giveUpOverwrittenFields(model, world, typeId, id, Object.keys(edit));
        world.simulator.data.update(typeId, id, edit);
      }),
  );

const serverDelete = fc
  .record({ typeId: fc.constantFrom('Account', 'Contact', 'Opportunity', 'Action'), pick: fc.nat(60) })
  .map(
    ({ typeId, pick }) =>
      new ModelCommand(`server delete ${typeId} #${pick}`, async (model, world) => {
        const id = serverRecordId(world.simulator.data.list(typeId), pick);
        if (!id) return;
        await giveUpDeletedShare(model, world, typeId, id);
        world.simulator.data.delete(typeId, id);
      }),
  );

/**
 * A server edit of a field whose tracked local value the server already holds overwrites a change
 * that reached Siebel: someone else's newer edit, which wins by design. The model stops expecting
 * that field (soak seed 19002858: a model error — the field stayed tracked because another field
 * of the same edit was still pending). A field the server does not hold yet stays tracked: its
 * upload meets the edit as a conflict.
 */
async function giveUpOverwrittenFields(
  model: ModelState,
  world: ModelWorld,
  typeId: string,
  id: string,
  names: readonly string[],
): Promise<void> {
  const ctx = await world.context();
  const held = world.simulator.data.get(typeId, id);
  if (!ctx || !held) return;
  for (const change of model.changes) {
    if (change.op !== 'edit' || change.typeId !== typeId || change.id !== id) continue;
    for (const [io, value] of Object.entries(change.fields)) {
      const name = fieldName(ctx.pkg, typeId, io);
      if (names.includes(name) && (held[name] ?? '') === value) delete change.fields[io];
    }
  }
  model.changes = model.changes.filter((c) => c.op !== 'edit' || Object.keys(c.fields).length > 0);
}

/**
 * A server delete of a shared item's activity: the share reached Siebel (the activity was there),
 * and someone deleted it there, which wins by design; the model stops expecting it (soak seed
 * 19002554: a model error).
 */
async function giveUpDeletedShare(model: ModelState, world: ModelWorld, typeId: string, id: string): Promise<void> {
  const ctx = await world.context();
  const held = world.simulator.data.get(typeId, id);
  if (typeId !== 'Action' || !ctx || !held) return;
  const key = held[fieldName(ctx.pkg, 'Action', SHARE_KEY_FIELD)];
  if (key) model.shares.delete(key);
}

/** Every fault the simulator's injector offers that a client meets in the field, for the next matching calls. */
const faultRule: fc.Arbitrary<FaultRule> = fc
  .record({
    kind: fc.constantFrom(
      'drop',
      'dropPartway',
      'http',
      'hang',
      'soapFault',
      'malformed',
      'empty',
      'wrongShape',
      'expireSession',
      'restart',
      'shortPage',
    ),
    operation: fc.constantFrom(undefined, 'QueryPage', 'ExecuteBatch', 'DownloadMetadataFiles'),
    onCall: fc.integer({ min: 1, max: 25 }),
    times: fc.integer({ min: 1, max: 4 }),
    status: fc.constantFrom(500 as const, 502 as const, 503 as const),
  })
  .map(({ kind, operation, onCall, times, status }): FaultRule => {
    const base = { ...(operation ? { operation } : {}), onCall, times };
    switch (kind) {
      case 'dropPartway':
        return { ...base, kind: 'drop', partial: true };
      case 'http':
        return { ...base, kind, status };
      case 'soapFault':
        return { ...base, kind, code: 'SBL-EAI-04376', message: 'Injected business service failure' };
      case 'shortPage':
        return { ...base, kind, rows: 3 };
      // The logoff ignores its answer's body, so a wrong-shape answer (which the simulator sends
      // without running the call) would close nothing while the client rightly counts it closed:
      // aimed at data calls only, where the shape matters.
      case 'wrongShape':
        return { ...base, kind, operation: operation === 'ExecuteBatch' ? operation : 'QueryPage' };
      // A hang costs real time until the client's timeout: once is enough.
      case 'hang':
        return { ...base, kind, times: 1 };
      default:
        return { ...base, kind: kind as 'drop' };
    }
  });

const injectFault = faultRule.map(
  (rule) =>
    new ModelCommand(`inject fault ${JSON.stringify(rule)}`, async (model, world) => {
      world.simulator.faults.add(rule);
      // A dropped or unreadable answer to a write leaves the client not knowing it was made.
      model.answerMayBeLost = true;
    }),
);

/** MaximumPageSize below the client's page size: SBL-EAI-04447, the client must ask again at the limit. */
const pageLimit = fc.constantFrom(5, 100).map(
  (limit) =>
    new ModelCommand(`server MaximumPageSize ${limit}`, async (_model, world) => {
      world.simulator.admin.configure({ maximumPageSize: limit });
    }),
);

const advanceClock = fc.constantFrom(60_000, 10 * 60_000, HOUR, 3 * HOUR, 25 * HOUR).map(
  (ms) =>
    new ModelCommand(`advance both clocks ${ms / 60_000} min`, async (_model, world) => {
      world.clock.advance(ms);
    }),
);

/** A move of the server's clock: at most one between two successful syncs (`serverClockMovedSinceSync`). */
class ServerClockCommand extends ModelCommand {
  check(model: Readonly<ModelState>): boolean {
    return !model.serverClockMovedSinceSync;
  }
}

/** The server's clock skewed or in another zone (the Siebel issue: an hour behind hid every change). */
const serverClock = fc
  .record({
    offsetMs: fc.constantFrom(0, -HOUR, -2 * HOUR, 24 * HOUR, 5 * 60_000),
    timeZone: fc.constantFrom('UTC', 'America/New_York', 'Asia/Tokyo'),
  })
  .map(
    (change) =>
      new ServerClockCommand(`server clock ${JSON.stringify(change)}`, async (model, world) => {
        world.simulator.admin.setServerClock(change);
        model.serverClockMovedSinceSync = true;
      }),
  );

const publish = fc.constantFrom('ui' as const, 'schema' as const).map(
  (kind) =>
    new ModelCommand(`publish package (${kind})`, async (_model, world) => {
      world.simulator.admin.publishPackage('sales-rep', { kind });
    }),
);

/** What the server and its administrator do, and what the network does to the calls. */
export const serverCommands = [
  serverCreate,
  serverEdit,
  serverDelete,
  injectFault,
  pageLimit,
  advanceClock,
  serverClock,
  publish,
];
