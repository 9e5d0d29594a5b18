import { describe, expect, it } from 'vitest';
import { createFaultWorld, HOUR, rewritingHandler, useFaultWorld, type FaultWorld } from './support/faultWorld';
import { expectExactlyServerData, missingRecords, snapshot } from './support/localData';
import { recordResults } from './support/summary';

useFaultWorld();
const record = recordResults('dataFaults');

const FIRST_CONTACT = /<Contact>[\s\S]*?<\/Contact>/;

/** Page-level answers the simulator cannot produce: its real answer, rewritten on the way to the client. */
const REWRITES: ReadonlyArray<{ name: string; rewrite: (xml: string) => string; issue?: RegExp }> = [
  { name: 'a record missing its Id', rewrite: (xml) => xml.replace(/<Id>[^<]*<\/Id>/, ''), issue: /without Id/ },
  { name: 'a duplicate Id in one page', rewrite: (xml) => xml.replace(FIRST_CONTACT, (r) => r + r) },
  { name: 'an unknown field', rewrite: (xml) => xml.replace(/<Contact>/g, '<Contact><Shoe_Size>44</Shoe_Size>') },
  {
    name: 'a value of the wrong type',
    rewrite: (xml) => xml.replace(/<Updated>[^<]*<\/Updated>/, '<Updated>yesterday at noon</Updated>'),
    issue: /not a valid DTYPE_\w+ value for Updated/,
  },
];

/** The default `sync.deletionCheckHours`: the bound within which a server-side deletion reaches the rep. */
const DELETION_CHECK_PERIOD = 24 * HOUR;

/**
 * Every record of `typeId` is as the server holds it, except `deletedIds`, still stored until the
 * type's next scheduled Id listing (docs/sync.md, "Incremental changes and deletions").
 */
async function expectDeletionsOnlyPending(
  world: FaultWorld,
  typeId: string,
  deletedIds: readonly string[],
): Promise<void> {
  const db = await world.store.activeDatabase();
  const localIds = new Set(await db!.primaryKeys(typeId));
  const serverIds = new Set([...world.simulator.data.list(typeId as 'Account', 'JSMITH')].map((r) => r.Id));
  for (const id of deletedIds) expect(localIds.has(id), `${id} kept until the listing`).toBe(true);
  expect([...localIds].filter((id) => !serverIds.has(id)).sort()).toEqual([...deletedIds].sort());
  expect([...serverIds].filter((id) => !localIds.has(id))).toEqual([]);
}

async function syncOnce(world: FaultWorld) {
  return world.engine().synchronize({ connection: world.connection() });
}

describe('page-level data faults: the sync completes, odd records become issues, and the next sync repairs them', () => {
  for (const phase of ['initial', 'incremental'] as const) {
    for (const { name, rewrite, issue } of REWRITES) {
      it(`${phase}: ${name} in a Contact page`, async () => {
        const world = await createFaultWorld();
        if (phase === 'incremental') {
          world.clock.advance(HOUR);
          expect((await syncOnce(world)).outcome).toBe('succeeded');
          world.clock.advance(HOUR);
          // Touch every contact so the incremental download carries the rewritten pages.
          for (const contact of [...world.simulator.data.list('Contact', 'JSMITH')])
            world.simulator.data.update('Contact', contact.Id, { 'Job Title': 'Changed' });
        }
        let rewritten = 0;
        world.use(
          rewritingHandler(
            world.simulator,
            'ContactQueryPage',
            (xml) => {
              const changed = rewrite(xml);
              if (changed !== xml) rewritten++;
              return changed;
            },
            { times: 1 },
          ),
        );
        const report = await syncOnce(world);
        expect(report.outcome, report.error?.message).toBe('succeeded');
        expect(rewritten).toBe(1);
        if (issue) expect(report.issues.map((i) => i.message).join('\n')).toMatch(issue);
        else expect(report.issues).toEqual([]);
        expect(world.simulator.openSessionCount()).toBe(0);
        // The skipped record (if any) comes with the next run, which then holds exactly the server's data.
        world.clock.advance(HOUR);
        expect((await syncOnce(world)).outcome).toBe('succeeded');
        await expectExactlyServerData(world);
        record({
          name,
          phase,
          outcome: report.outcome,
          dataLost: await missingRecords(world),
          sessionsLeaked: world.simulator.openSessionCount(),
          passed: true,
        });
      });
    }
  }

  it('stores a 1 MB field value, non-ASCII text and emoji exactly as the server holds them', async () => {
    const world = await createFaultWorld();
    const [first, second, third] = [...world.simulator.data.list('Account', 'JSMITH')];
    const big = 'Ä€😀<&>]]>'.repeat(Math.ceil((1024 * 1024) / 12)).slice(0, 1024 * 1024);
    world.simulator.data.update('Account', first.Id, { Name: big });
    world.simulator.data.update('Account', second.Id, {
      Name: 'Zürich Ærøskøbing 東京 Ελλάδα 👩‍👩‍👧 🇳🇴',
      Location: 'Ōsaka',
    });
    world.simulator.data.update('Account', third.Id, {
      Name: '\u{1F600}\u0301 combining, ZWJ\u200D and RTL \u05E9\u05DC\u05D5\u05DD',
    });
    const report = await syncOnce(world);
    expect(report.outcome, report.error?.message).toBe('succeeded');
    const db = await world.store.activeDatabase();
    expect((await db?.get('Account', first.Id))?.Name).toBe(big);
    await expectExactlyServerData(world);
    // And the same values survive an incremental run that changes them again.
    world.clock.advance(HOUR);
    world.simulator.data.update('Account', second.Id, { Name: "Øresund 🚀 “quoted” 'single'" });
    expect((await syncOnce(world)).outcome).toBe('succeeded');
    await expectExactlyServerData(world);
    expect(world.simulator.openSessionCount()).toBe(0);
    record({
      name: '1 MB value, non-ASCII and emoji',
      phase: 'initial+incremental',
      outcome: report.outcome,
      dataLost: await missingRecords(world),
      sessionsLeaked: world.simulator.openSessionCount(),
      passed: true,
    });
  });
});

describe('the server changing or deleting records while a sync runs', () => {
  it('initial: records changed, created and deleted during the download are right after the next incremental', async () => {
    const world = await createFaultWorld();
    world.clock.advance(HOUR);
    const contacts = [...world.simulator.data.list('Contact', 'JSMITH')];
    let done = false;
    const report = await world.engine().synchronize({
      connection: world.connection(),
      onProgress: (p) => {
        if (done || p.typeId !== 'Contact' || p.recordsWritten === 0) return;
        done = true;
        // Behind the download (already written) and ahead of it (not yet read).
        world.simulator.data.update('Contact', contacts[0].Id, { 'Last Name': 'Changed Behind' });
        world.simulator.data.update('Contact', contacts[contacts.length - 1].Id, { 'Last Name': 'Changed Ahead' });
        world.simulator.data.delete('Contact', contacts[1].Id);
        world.simulator.data.delete('Contact', contacts[contacts.length - 2].Id);
        world.simulator.data.create(
          'Contact',
          { 'First Name': 'New', 'Last Name': 'During Sync', 'Account Id': contacts[0]['Account Id'] },
          { owner: 'JSMITH' },
        );
      },
    });
    expect(report.outcome, report.error?.message).toBe('succeeded');
    expect(done).toBe(true);
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    // Changes and new records come with the next run; deletions wait for the scheduled Id listing.
    await expectDeletionsOnlyPending(world, 'Contact', [contacts[1].Id, contacts[contacts.length - 2].Id]);
    world.clock.advance(DELETION_CHECK_PERIOD);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    await expectExactlyServerData(world);
    expect(world.simulator.openSessionCount()).toBe(0);
    record({
      name: 'server changes records during an initial sync',
      phase: 'initial',
      outcome: report.outcome,
      dataLost: await missingRecords(world),
      sessionsLeaked: world.simulator.openSessionCount(),
      passed: true,
    });
  });

  it('incremental: records changed and deleted during the run are right after the next incremental', async () => {
    const world = await createFaultWorld();
    world.clock.advance(HOUR);
    expect((await syncOnce(world)).outcome).toBe('succeeded');
    world.clock.advance(HOUR);
    const accounts = [...world.simulator.data.list('Account', 'JSMITH')];
    world.simulator.data.update('Account', accounts[0].Id, { Name: 'Before The Run' });
    let done = false;
    const report = await world.engine().synchronize({
      connection: world.connection(),
      onProgress: (p) => {
        if (done || p.typeId !== 'Opportunity') return;
        done = true;
        world.simulator.data.update('Account', accounts[1].Id, { Name: 'During The Run' });
        world.simulator.data.delete('Account', accounts[2].Id);
      },
    });
    expect(report.outcome, report.error?.message).toBe('succeeded');
    world.clock.advance(HOUR);
    expect((await syncOnce(world)).outcome).toBe('succeeded');
    await expectDeletionsOnlyPending(world, 'Account', [accounts[2].Id]);
    world.clock.advance(DELETION_CHECK_PERIOD);
    expect((await syncOnce(world)).outcome).toBe('succeeded');
    await expectExactlyServerData(world);
    expect(world.simulator.openSessionCount()).toBe(0);
    expect((await snapshot(world.store)).staging).toEqual([]);
    record({
      name: 'server changes records during an incremental sync',
      phase: 'incremental',
      outcome: report.outcome,
      dataLost: await missingRecords(world),
      sessionsLeaked: world.simulator.openSessionCount(),
      passed: true,
    });
  });
});
