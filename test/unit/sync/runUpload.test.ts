import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePackage } from '../../../src/metadata';
import { DEFAULT_WIRE_PROFILE, type SyncCommand } from '../../../src/siebel';
import { openStore, type Store } from '../../../src/store';
import { createRecord, createSyncEngine, updateRecord } from '../../../src/sync';
import { accounts, FakeSiebel, isClockProbe } from './support/FakeSiebel';
import { packageFiles } from './support/packageFiles';
import { RecordingClock } from './support/RecordingClock';

// One session: these tests count the upload's calls and sessions; several sessions are tested in parallelSessions.test.ts.
const connection = {
  endpointUrl: 'http://siebel.test/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1',
  userName: 'JSMITH',
  password: 'Welcome1',
  wireProfile: { ...DEFAULT_WIRE_PROFILE, maximumSessions: 1 },
};
const stores: Store[] = [];
let counter = 0;

/** The sales-rep package with 2 commands per batch and 2 ids per command. */
const smallBatches = () =>
  packageFiles('sales-rep', (f) =>
    f.name === 'siebel_meta_info.xml'
      ? {
          ...f,
          content: f.content
            .replace(/<max_commands_per_batch>50</, '<max_commands_per_batch>2<')
            .replace(/<max_ids_per_command>50</, '<max_ids_per_command>2<'),
        }
      : f,
  );

async function synced() {
  const store = await openStore({ namePrefix: `runUpload-${counter++}-` });
  stores.push(store);
  const siebel = new FakeSiebel(smallBatches());
  siebel.set('CRMDesktopAccountIO', accounts(6));
  let next = 1;
  // Inserted accounts are kept, so the download after the upload still sees them.
  siebel.answerCommand = (command: SyncCommand) => {
    if (command.operation !== 'Insert')
      return {
        commandId: command.commandId,
        status: 'Success',
        record: command.operation === 'Delete' ? null : { ...command.record, Updated: '06/01/2024 10:00:00' },
      };
    const record = {
      MainPhoneNumber: '',
      Type: '',
      AccountStatus: '',
      ...command.record,
      Id: `N${next++}`,
      Updated: '06/01/2024 10:00:00',
    };
    siebel.set(command.intObjName, [...(siebel.records.get(command.intObjName) ?? []), record]);
    return { commandId: command.commandId, status: 'Success', record };
  };
  const engine = createSyncEngine({
    store,
    clock: new RecordingClock(),
    random: () => 0.5,
    locks: null,
    openSession: () => siebel.port(),
    tuning: { pageSize: 50, idPageSize: 50, flushEvery: 100 },
  });
  expect((await engine.synchronize({ connection })).outcome).toBe('succeeded');
  const db = await store.activeDatabase();
  if (!db) throw new Error('no active database');
  const ctx = { db, pkg: await parsePackage((await db.installedPackage()).files) };
  return { store, siebel, engine, db, ctx };
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('the upload phase (fake Siebel, real store)', () => {
  it('keeps to max_commands_per_batch and max_ids_per_command, inserts before updates', async () => {
    const { store, siebel, engine, db, ctx } = await synced();
    for (let i = 0; i < 5; i++) await createRecord(ctx, 'Account', { Name: `New ${i}`, Location: 'Oslo' });
    for (const id of ['A0000', 'A0001', 'A0002'])
      await updateRecord(ctx, 'Account', id, { MainPhoneNumber: `+47 ${id}` });
    siebel.queries.length = 0;

    const report = await engine.synchronize({ connection });
    expect(report.uploads).toEqual({ inserted: 5, updated: 3, deleted: 0, issues: 0 });
    expect((await store.listSyncLog(1))[0].uploads).toEqual({ inserted: 5, updated: 3, deleted: 0, issues: 0 });
    expect(siebel.batches.map((b) => b.map((c) => c.operation))).toEqual([
      ['Insert', 'Insert'],
      ['Insert', 'Insert'],
      ['Insert'],
      ['Update', 'Update'],
      ['Update'],
    ]);
    const byId = siebel.queries.filter((q) => q.searchSpec.includes('[Account.Id] = ') && !isClockProbe(q));
    expect(byId.map((q) => q.searchSpec)).toEqual([
      "[Account.Id] = 'A0000' OR [Account.Id] = 'A0001'",
      "[Account.Id] = 'A0002'",
    ]);
    expect(byId[0].viewMode).toBe(ctx.pkg.objects.find((o) => o.typeId === 'Account')?.queryByIdViewMode);
    expect(await db.countPendingChanges()).toBe(0);
    expect(await db.get('Account', 'N1')).toMatchObject({ Name: 'New 0', Location: 'Oslo' });
    expect(report.sessions).toEqual({ opened: 1, closed: 1 });
  });

  it('does not upload when nothing is pending', async () => {
    const { siebel, engine } = await synced();
    const report = await engine.synchronize({ connection });
    expect(report.uploads).toEqual({ inserted: 0, updated: 0, deleted: 0, issues: 0 });
    expect(siebel.batches).toEqual([]);
  });

  it('makes a contact wait while the account it points to cannot be sent', async () => {
    const { siebel, engine, db, ctx } = await synced();
    const account = await createRecord(ctx, 'Account', { Name: 'Refused', Location: 'Rome' });
    const contact = await createRecord(ctx, 'Contact', { LastName: 'Waits', AccountId: String(account.Id) });
    siebel.answerCommand = (command) => ({
      commandId: command.commandId,
      status: 'Error',
      errorCode: 'SBL-DAT-00225',
      errorMessage: 'not in the pick list',
    });
    const report = await engine.synchronize({ connection });
    expect(report.outcome).toBe('succeeded');
    expect(siebel.batches.flat().map((c) => c.intObjName)).toEqual(['CRMDesktopAccountIO']);
    const issues = await db.listIssues();
    expect(issues.map((i) => [i.recordId, i.kind])).toEqual([
      [account.Id, 'failure'],
      [contact.Id, 'failure'],
    ]);
    expect(issues[1].message).toMatch(/Waiting for the Account/);
    expect(await db.pendingChange('Contact', String(contact.Id))).toMatchObject({ state: 'ready', attempts: 0 });
    expect(await db.pendingChange('Account', String(account.Id))).toMatchObject({ state: 'ready', attempts: 1 });
  });
});
