import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WIRE_PROFILE } from '../../src/siebel';
import type { Store } from '../../src/store';
import {
  BASE_URL,
  createWorld,
  expectedRecords,
  TYPES,
  useHandlers,
  useSyncWorld,
  type SyncWorld,
} from './support/syncHarness';

useSyncWorld();

// A real server sorts a query that names no SortSpec in its business component's own order, not by
// Id (the default wire shape sends no sort). These orders are stable but are not Id order.
const BUSINESS_COMPONENT_ORDER = {
  Account: 'Name',
  Contact: 'Last Name (DESCENDING)',
  Opportunity: 'Name',
  Action: 'Planned',
};
const DATA = {
  accounts: 30,
  contactsPerAccount: 3,
  opportunitiesPerAccount: 1,
  activitiesPerAccount: 2,
  seed: 11,
} as const;

function world(defaultSort?: Record<string, string>): Promise<SyncWorld> {
  return createWorld({
    data: DATA,
    latency: { fixedMs: 150, jitterMs: 50 },
    maxSessionsPerUser: 4,
    ...(defaultSort ? { defaultSort } : {}),
  });
}

function sync(w: SyncWorld, maximumSessions: number, signal?: AbortSignal) {
  return w.engine().synchronize({
    connection: { ...w.connection(), wireProfile: { ...DEFAULT_WIRE_PROFILE, maximumSessions } },
    ...(signal ? { signal } : {}),
  });
}

async function storedIds(store: Store): Promise<Record<string, string[]>> {
  const db = await store.activeDatabase();
  const all: Record<string, string[]> = {};
  for (const typeId of TYPES) all[typeId] = ((await db?.primaryKeys(typeId)) ?? []).map(String).sort();
  return all;
}

function serverIds(w: SyncWorld): Record<string, string[]> {
  return Object.fromEntries(
    TYPES.map((typeId) => [
      typeId,
      expectedRecords(w.simulator, typeId)
        .map((r) => r.Id)
        .sort(),
    ]),
  );
}

describe("a server whose queries come in its business component's order, not by Id", () => {
  it('downloads every record with 1 and with 4 sessions', async () => {
    for (const sessions of [1, 4]) {
      const w = await world(BUSINESS_COMPONENT_ORDER);
      const report = await sync(w, sessions);
      expect(report.outcome, report.error?.message).toBe('succeeded');
      expect(await storedIds(w.store)).toEqual(serverIds(w));
      expect(w.simulator.openSessionCount()).toBe(0);
    }
  });

  it('resumes a download cancelled with several pages in flight, with no duplicate and no gap', async () => {
    const w = await world(BUSINESS_COMPONENT_ORDER);
    const controller = new AbortController();
    let contactPages = 0;
    useHandlers(
      http.post(`${BASE_URL}/*`, async ({ request }) => {
        if ((await request.clone().text()).includes('ContactQueryPage_Input') && ++contactPages === 5)
          controller.abort(new Error('user cancelled'));
        return undefined;
      }),
    );
    expect((await sync(w, 4, controller.signal)).outcome).toBe('cancelled');
    const resumed = await sync(w, 4);
    expect(resumed).toMatchObject({ outcome: 'succeeded', kind: 'initial' });
    expect(await storedIds(w.store)).toEqual(serverIds(w));
    expect(w.simulator.openSessionCount()).toBe(0);
  });
});
