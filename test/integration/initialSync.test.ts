import { describe, expect, it } from 'vitest';
import { createWorld, expectedRecords, TYPES, useSyncWorld } from './support/syncHarness';

useSyncWorld();

describe('initial synchronization against the simulator', () => {
  it('downloads every synchronized type with counts equal to what the server shows the user', async () => {
    const world = await createWorld();
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report).toMatchObject({
      kind: 'initial',
      reason: 'firstUse',
      outcome: 'succeeded',
      packageId: '1-PKG-SALES',
      responsibilityId: '1-RESP-SALES',
      sessions: { opened: 1, closed: 1 },
    });
    const db = await world.store.activeDatabase();
    for (const typeId of TYPES) {
      const expected = expectedRecords(world.simulator, typeId).length;
      expect(expected).toBeGreaterThan(0);
      expect(report.counts[typeId]).toEqual({ added: expected, changed: 0, removed: 0 });
      expect(await db?.count(typeId)).toBe(expected);
    }
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('stores a sample of records field by field with dates as ISO text', async () => {
    const world = await createWorld();
    await world.engine().synchronize({ connection: world.connection() });
    const db = await world.store.activeDatabase();
    const [account] = expectedRecords(world.simulator, 'Account');
    const stored = await db?.get('Account', account.Id);
    expect(stored).toMatchObject({
      Id: account.Id,
      Name: account.Name,
      Location: account.Location || null,
      MainPhoneNumber: account['Main Phone Number'] || null,
      Type: account.Type || null,
      AccountStatus: account['Account Status'] || null,
    });
    const [m, d, y, time] = account.Updated.split(/[/ ]/);
    expect(stored?.Updated).toBe(`${y}-${m}-${d}T${time}`);
    const [action] = expectedRecords(world.simulator, 'Action');
    const storedAction = await db?.get('Action', action.Id);
    expect(storedAction?.Description).toBe(action.Description || null);
    expect(storedAction?.Status).toBe(action.Status || null);
    if (action.Planned) expect(storedAction?.Planned).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('writes the run to the sync log with its counts', async () => {
    const world = await createWorld();
    const report = await world.engine().synchronize({ connection: world.connection() });
    const [entry] = await world.store.listSyncLog(1);
    expect(entry).toMatchObject({ kind: 'initial', outcome: 'succeeded', counts: report.counts, issues: [] });
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
