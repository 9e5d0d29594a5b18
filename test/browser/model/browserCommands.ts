import * as fc from 'fast-check';
import type { StoredRecord } from '../../../src/store';
import { planUpload } from '../../../src/sync';
import { LABEL_FIELD } from '../../model/checkInvariants';
import type { BrowserModel } from './browserModel';
import { checkAfterCommand, checkAfterSync, syncStart, type SyncStart } from './browserInvariants';
import { BROWSER_TYPES, orderedRecords, type BrowserType, type BrowserWorld, type SyncOutcome } from './browserWorld';

/** A run to check after the command's own checks. */
interface FinishedSync {
  readonly start: SyncStart;
  readonly outcome: SyncOutcome;
}

/**
 * One step of a browser schedule: `act` drives the task pane or the simulator (and the model),
 * then the invariants that hold after every command are checked, and, when the step ran a sync,
 * those that hold after a sync. `toString` names the step with its arguments for the failure message.
 */
export class BrowserCommand implements fc.AsyncCommand<BrowserModel, BrowserWorld> {
  constructor(
    private readonly label: string,
    private readonly act: (model: BrowserModel, world: BrowserWorld) => Promise<FinishedSync | void>,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: BrowserModel, world: BrowserWorld): Promise<void> {
    model.trace.push(this.label);
    const started = Date.now();
    const sync = await this.act(model, world);
    const snap = await checkAfterCommand(model, world);
    if (sync) await checkAfterSync(model, world, sync.start, sync.outcome, snap);
    if (model.log) {
      const run = sync
        ? ` → sync ${sync.outcome.entry.outcome}${sync.outcome.entry.error ? ` (${sync.outcome.entry.error.code})` : ''}, uploads ${JSON.stringify(sync.outcome.entry.uploads)}`
        : '';
      model.log(
        `  ${model.trace.length}. ${this.label}${run} (${Date.now() - started} ms); unsettled local changes ${model.changes.length}, pending ${snap.outbox.length}, issues ${snap.issues.map((i) => `${i.kind} ${i.typeId} ${i.recordId}`).join(', ') || 'none'}`,
      );
    }
  }

  toString(): string {
    return this.label;
  }
}

/** The field a UI edit changes per type, its form label, and a fresh value. */
const LOCAL_FIELD: Readonly<
  Record<BrowserType, { readonly io: string; readonly label: string; readonly value: (n: number) => string }>
> = {
  Account: { io: 'MainPhoneNumber', label: 'Main Phone', value: (n) => `+47 555 ${1000 + n}` },
  Contact: { io: 'JobTitle', label: 'Job Title', value: (n) => `Title v${n}` },
};

/** Fields the Records tab's search looks at (the data database's layout: `searchFields`). */
const SEARCH_FIELDS: Readonly<Record<BrowserType, readonly string[]>> = {
  Account: ['AccountStatus', 'Location', 'Name', 'Type'],
  Contact: ['EmailAddress', 'FirstName', 'JobTitle', 'LastName'],
};
/** What is typed into the search box to find a record: its Name / Last Name. */
const SEARCH_BY: Readonly<Record<BrowserType, string>> = { Account: 'Name', Contact: 'LastName' };

/**
 * Records the UI can open without ambiguity, in a replayable order: a unique name in the list, and
 * a search (prefix, any search field) that shows at most a few rows, so the row is rendered.
 */
function editableRecords(
  world: BrowserWorld,
  typeId: BrowserType,
  records: readonly StoredRecord[],
): Array<{ record: StoredRecord; search: string }> {
  const names = new Map<string, number>();
  for (const r of records) names.set(world.displayName(typeId, r), (names.get(world.displayName(typeId, r)) ?? 0) + 1);
  const hits = (text: string) =>
    records.filter((r) =>
      SEARCH_FIELDS[typeId].some((f) =>
        String(r[f] ?? '')
          .toLowerCase()
          .startsWith(text.toLowerCase()),
      ),
    ).length;
  return orderedRecords(world, typeId, records)
    .map((record) => ({ record, search: String(record[SEARCH_BY[typeId]] ?? '') }))
    .filter(
      ({ record, search }) => search !== '' && names.get(world.displayName(typeId, record)) === 1 && hits(search) <= 6,
    );
}

/**
 * Edits the `pick`-th editable record's field through the record's edit form (with `among`, the
 * `pick`-th of those whose `Type:Id` it holds, when there are any); returns its `Type:Id`.
 */
async function editThroughTheForm(
  model: BrowserModel,
  world: BrowserWorld,
  typeId: BrowserType,
  pick: number,
  among?: ReadonlySet<string>,
): Promise<string> {
  const all = editableRecords(world, typeId, (await world.snapshot()).records[typeId]);
  const preferred = among ? all.filter(({ record }) => among.has(`${typeId}:${String(record.Id)}`)) : [];
  const candidates = preferred.length > 0 ? preferred : all;
  if (candidates.length === 0) throw new Error(`no ${typeId} the UI can open unambiguously`);
  const { record, search } = candidates[pick % candidates.length];
  const field = LOCAL_FIELD[typeId];
  const value = field.value(++model.next);
  await world.editField(typeId, record, search, field.label, value);
  model.trackEdit(typeId, String(record.Id), String(record[LABEL_FIELD[typeId]]), { [field.io]: value });
  return `${typeId}:${String(record.Id)}`;
}

const recordType = fc.constantFrom<BrowserType>('Account', 'Contact');

const sync = fc.constant(
  new BrowserCommand('sync', async (_model, world) => {
    const start = await syncStart(world);
    const outcome = await world.waitForSync(await world.startSync());
    return { start, outcome };
  }),
);

/** Every schedule ends with this: nothing injected any more, so the run must succeed and converge. */
export const finalSync = new BrowserCommand('clear faults and sync', async (model, world) => {
  await world.admin('faults', { clear: true });
  model.lingeringUploadLatency = false;
  const start = await syncStart(world);
  const outcome = await world.waitForSync(await world.startSync());
  return { start, outcome };
});

const editLocal = fc.record({ typeId: recordType, pick: fc.nat(40) }).map(
  ({ typeId, pick }) =>
    new BrowserCommand(`edit ${typeId} #${pick} (${LOCAL_FIELD[typeId].label})`, async (model, world) => {
      await editThroughTheForm(model, world, typeId, pick);
    }),
);

/** Server latency on every call while the run downloads, so an edit of about a second lands inside it. */
const SLOW_SERVER_MS = 300;
/** Latency of the upload call (ExecuteBatch): the edit is saved while the server holds the sent changes. */
const SLOW_UPLOAD_MS = 2000;

/** Starts a sync against a server slowed down on every call and edits while it downloads. */
async function editWhileDownloading(
  model: BrowserModel,
  world: BrowserWorld,
  typeId: BrowserType,
  pick: number,
): Promise<FinishedSync> {
  await world.admin('settings', { latency: { fixedMs: SLOW_SERVER_MS } });
  let start!: SyncStart;
  let id!: number;
  try {
    start = await syncStart(world);
    id = await world.startSync();
    start.editedDuring.add(await editThroughTheForm(model, world, typeId, pick));
    const running = (await world.syncOutcome(id)) === 'running';
    // Not an invariant of the add-in: the schedule did not do what it says (raise SLOW_SERVER_MS).
    if (!running)
      throw new Error(
        `the sync ended before the edit was saved: the server's latency of ${SLOW_SERVER_MS} ms is too short here`,
      );
  } finally {
    await world.admin('settings', { latency: null });
  }
  return { start, outcome: await world.waitForSync(id) };
}

/**
 * Starts a sync whose first upload call (ExecuteBatch) the server holds for a while, and edits a
 * record that call is sending, while it is held: the newer revision must stay pending and reach
 * the server with the next sync (a never-sent record also gets its server Id meanwhile). Without
 * anything to send, edits `typeId` while the run downloads instead; when the run sends nothing
 * after all (its changes met conflicts, or a fault ended it first), the edit comes after it.
 */
async function editWhileUploading(
  model: BrowserModel,
  world: BrowserWorld,
  typeId: BrowserType,
  pick: number,
): Promise<FinishedSync> {
  const ready = (await world.snapshot()).outbox.filter((p) => p.state === 'ready');
  // What the first call sends: the first wave's first chunk, in the engine's own order.
  const [wave] = planUpload(
    ready,
    world.pkg.syncedTypes.map((t) => t.typeId),
  );
  const sent = (wave?.changes ?? []).slice(0, world.pkg.commonSettings.maxCommandsPerBatch ?? undefined);
  const editable = sent.filter(
    (c) => c.operation !== 'delete' && (BROWSER_TYPES as readonly string[]).includes(c.typeId),
  );
  if (editable.length === 0) {
    model.log?.('     (nothing to upload: edits while the run downloads)');
    return editWhileDownloading(model, world, typeId, pick);
  }
  const target = editable[pick % editable.length];
  await world.admin('faults', {
    rules: [{ kind: 'latency', ms: SLOW_UPLOAD_MS, operation: 'ExecuteBatch', times: 1 }],
  });
  const start = await syncStart(world);
  const uploadsBefore = await world.callsReceived('ExecuteBatch');
  const id = await world.startSync();
  for (;;) {
    if ((await world.callsReceived('ExecuteBatch')) > uploadsBefore) break;
    if ((await world.syncOutcome(id)) !== 'running') break;
    await world.page.waitForTimeout(25);
  }
  const uploading = (await world.callsReceived('ExecuteBatch')) > uploadsBefore;
  if (uploading) start.latencyFaults = 1;
  const since = Date.now();
  const edited = await editThroughTheForm(
    model,
    world,
    target.typeId as BrowserType,
    0,
    new Set([`${target.typeId}:${target.recordId}`]),
  );
  const editMs = Date.now() - since;
  start.editedDuring.add(edited);
  const outcome = await world.waitForSync(id);
  // Not an invariant of the add-in: the schedule did not do what it says.
  if (uploading && editMs > SLOW_UPLOAD_MS - 200)
    throw new Error(
      `the edit took ${editMs} ms, longer than the server held the upload (${SLOW_UPLOAD_MS} ms): raise SLOW_UPLOAD_MS`,
    );
  // A run may send nothing (every ready change met a conflict, or a fault ended it first): then the edit came after it.
  if (uploading)
    model.log?.(`     (saved ${editMs} ms after the upload reached the server, which held it ${SLOW_UPLOAD_MS} ms)`);
  else {
    model.log?.('     (the run sent nothing: edited after it)');
    model.lingeringUploadLatency = true;
  }
  if (edited !== `${target.typeId}:${target.recordId}`)
    model.log?.(`     (${target.typeId} ${target.recordId} cannot be opened unambiguously: edited ${edited})`);
  return { start, outcome };
}

const editDuringSync = fc
  .record({ typeId: recordType, pick: fc.nat(40), phase: fc.constantFrom('download', 'upload') })
  .map(({ typeId, pick, phase }) =>
    phase === 'upload'
      ? new BrowserCommand(
          `sync and, while it uploads, edit the record being sent #${pick} (or ${typeId} #${pick} while it downloads)`,
          (model, world) => editWhileUploading(model, world, typeId, pick),
        )
      : new BrowserCommand(
          `sync and, while it downloads, edit ${typeId} #${pick} (${LOCAL_FIELD[typeId].label})`,
          (model, world) => editWhileDownloading(model, world, typeId, pick),
        ),
  );

const createLocal = recordType.map(
  (typeId) =>
    new BrowserCommand(`create ${typeId}`, async (model, world) => {
      const label = model.label('M');
      const fields: Record<string, string> =
        typeId === 'Account' ? { Name: label, Location: 'Model' } : { FirstName: 'Model', LastName: label };
      const inputs: Array<[string, string]> =
        typeId === 'Account'
          ? [
              ['Account Name', label],
              ['Site', 'Model'],
            ]
          : [
              ['First Name', 'Model'],
              ['Last Name', label],
            ];
      await world.createRecord(typeId, inputs, world.displayName(typeId, fields));
      model.changes.push({ op: 'create', typeId, label, fields });
      model.localCreates[typeId] += 1;
    }),
);

const serverCreate = recordType.map(
  (typeId) =>
    new BrowserCommand(`server create ${typeId}`, async (model, world) => {
      const label = model.label('Srv');
      const fields =
        typeId === 'Account' ? { Name: label, Location: 'Server' } : { 'First Name': 'Server', 'Last Name': label };
      const created = await world.admin<{ Id: string }>('data', { op: 'create', typeId, fields, owner: 'JSMITH' });
      model.visible[typeId].add(created.Id);
      model.touched[typeId].add(created.Id);
    }),
);

/**
 * What the server side edits: fields local edits never change, and (the last variant) the very
 * field they change, which makes a conflict (an issue) when the task pane has an unsent edit of it.
 */
const SERVER_EDITS: Readonly<Record<BrowserType, ReadonlyArray<(n: number) => Record<string, string>>>> = {
  Account: [
    () => ({ Type: 'Partner' }),
    () => ({ Type: 'Customer' }),
    (n) => ({ 'Main Phone Number': `+47 555 ${5000 + n}` }),
  ],
  Contact: [
    (n) => ({ 'Work Phone #': `+47 555 ${7000 + n}` }),
    (n) => ({ 'Email Address': `srv${n}@server.test` }),
    (n) => ({ 'Job Title': `Server title ${n}` }),
  ],
};

/**
 * The `pick`-th server record of a type visible to the user, by Id; with `edited`, among those with
 * an unsent edit in the task pane when there are any (a conflict, rare when picked from all).
 */
function visibleId(model: BrowserModel, typeId: BrowserType, pick: number, edited = false): string | undefined {
  const unsent = model.changes
    .filter((c) => c.op === 'edit' && c.typeId === typeId && model.visible[typeId].has(String(c.id)))
    .map((c) => String(c.id));
  const ids = (edited && unsent.length > 0 ? unsent : [...model.visible[typeId]]).sort();
  return ids.length === 0 ? undefined : ids[pick % ids.length];
}

const serverEdit = fc.record({ typeId: recordType, pick: fc.nat(60), variant: fc.nat(2) }).map(
  ({ typeId, pick, variant }) =>
    new BrowserCommand(
      `server edit ${typeId} #${pick} (${variant === 2 ? 'the field the task pane edits, of an edited record' : `variant ${variant}`})`,
      async (model, world) => {
        const id = visibleId(model, typeId, pick, variant === 2);
        if (!id) return;
        await world.admin('data', { op: 'update', typeId, id, fields: SERVER_EDITS[typeId][variant](++model.next) });
        model.touched[typeId].add(id);
      },
    ),
);

const serverDelete = fc.record({ typeId: recordType, pick: fc.nat(60), edited: fc.boolean() }).map(
  ({ typeId, pick, edited }) =>
    new BrowserCommand(
      `server delete ${typeId} #${pick}${edited ? ' (of an edited record)' : ''}`,
      async (model, world) => {
        const id = visibleId(model, typeId, pick, edited);
        if (!id) return;
        await world.admin('data', { op: 'delete', typeId, id });
        model.visible[typeId].delete(id);
        model.touched[typeId].delete(id);
      },
    ),
);

/**
 * Faults of the simulator's injector on data calls (reads and the upload), where the client knows
 * every session it opened, so none may stay open: HTTP 503, a dropped connection (before the answer,
 * or in its middle after the server ran the call), a SOAP fault, a session the server expired.
 */
const fault = fc
  .record({
    kind: fc.constantFrom('http503', 'drop', 'dropPartway', 'soapFault', 'expireSession'),
    operation: fc.constantFrom('QueryPage', 'ExecuteBatch'),
    onCall: fc.integer({ min: 1, max: 3 }),
    times: fc.integer({ min: 1, max: 2 }),
  })
  .map(({ kind, operation, onCall, times }) => {
    const base = { operation, onCall, times };
    const rule =
      kind === 'http503'
        ? { ...base, kind: 'http', status: 503 }
        : kind === 'dropPartway'
          ? { ...base, kind: 'drop', partial: true }
          : { ...base, kind };
    return new BrowserCommand(`inject fault ${JSON.stringify(rule)}`, async (_model, world) => {
      await world.admin('faults', { rules: [rule] });
    });
  });

/**
 * A schedule: 4–6 commands drawn by weight (syncs and UI edits most), then a final sync without
 * faults, after which the local data must equal the server's.
 */
export const browserSchedule = fc
  .array(
    fc.oneof(
      { arbitrary: sync, weight: 2 },
      { arbitrary: editDuringSync, weight: 3 },
      { arbitrary: editLocal, weight: 2 },
      { arbitrary: createLocal, weight: 2 },
      { arbitrary: serverCreate, weight: 1 },
      { arbitrary: serverEdit, weight: 2 },
      { arbitrary: serverDelete, weight: 1 },
      { arbitrary: fault, weight: 1 },
    ),
    { minLength: 4, maxLength: 6 },
  )
  .map((commands) => [...commands, finalSync]);
