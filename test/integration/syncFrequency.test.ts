import { describe, expect, it } from 'vitest';
import { createWorld, expectedRecords, useSyncWorld } from './support/syncHarness';

useSyncWorld();

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

function queryPageCalls(calls: Readonly<Record<string, number>>, prefix: string): number {
  return calls[`${prefix}QueryPage`] ?? 0;
}

describe("an object's SyncFrequency (siebel_meta_info.xml)", () => {
  it('skips the object, and its deletion check, in incremental runs until its interval has passed', async () => {
    const world = await createWorld();
    // Contacts every hour; the other objects on every synchronization (SyncFrequency="0").
    const files = world.simulator.admin.packageFiles('sales-rep').map((file) =>
      file.name === 'siebel_meta_info.xml'
        ? {
            ...file,
            content: file.content.replace(/(TypeId="Contact"[^>]*?)SyncFrequency="0"/, '$1SyncFrequency="3600"'),
          }
        : file,
    );
    expect(files.find((f) => f.name === 'siebel_meta_info.xml')?.content).toMatch(/SyncFrequency="3600"/);
    world.simulator.admin.publishPackage('sales-rep', { kind: 'files', files });
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');

    world.clock.advance(20 * MINUTE);
    const [contact] = expectedRecords(world.simulator, 'Contact');
    world.simulator.data.update('Contact', contact.Id, { 'Last Name': 'Renamed Later' });
    const before = { ...world.simulator.counters().calls };
    const early = await world.engine().synchronize({ connection: world.connection() });
    expect(early).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
    const after = world.simulator.counters().calls;
    expect(queryPageCalls(after, 'Contact') - queryPageCalls(before, 'Contact')).toBe(0);
    expect(queryPageCalls(after, 'Account') - queryPageCalls(before, 'Account')).toBeGreaterThan(0);
    const db = await world.store.activeDatabase();
    expect(await db?.get('Contact', contact.Id)).toMatchObject({ LastName: contact['Last Name'] });

    // An hour after the contacts' last download, they are due again and the change arrives.
    world.clock.advance(45 * MINUTE);
    const due = await world.engine().synchronize({ connection: world.connection() });
    expect(due.counts.Contact).toMatchObject({ changed: 1 });
    expect(await db?.get('Contact', contact.Id)).toMatchObject({ LastName: 'Renamed Later' });
  });
});
