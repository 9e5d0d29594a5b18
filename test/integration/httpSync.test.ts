import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { setLogSink } from '../../src/shared';
import { createSimulator, startSimulatorServer, type Simulator, type SimulatorServer } from '../../src/simulator';
import { openStore, type Store } from '../../src/store';
import { createSyncEngine } from '../../src/sync';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startServer(): Promise<{ simulator: Simulator; server: SimulatorServer; store: Store }> {
  setLogSink(() => undefined);
  const simulator = createSimulator({
    data: { accounts: 15, contactsPerAccount: 2, opportunitiesPerAccount: 1, activitiesPerAccount: 1, seed: 3 },
  });
  const server = await startSimulatorServer(simulator, { port: 0 });
  const store = await openStore({ namePrefix: `http-${process.pid}-${Date.now()}-` });
  cleanups.push(
    () => simulator.close(),
    () => server.close(),
    () => store.close(),
  );
  return { simulator, server, store };
}

describe('synchronization over real HTTP', () => {
  it('runs an initial and then an incremental sync against the simulator server on a random port', async () => {
    const { simulator, server, store } = await startServer();
    const engine = createSyncEngine({ store, locks: null });
    const connection = { endpointUrl: server.endpointUrl, userName: 'JSMITH', password: 'Welcome1' };
    const initial = await engine.synchronize({ connection });
    expect(initial).toMatchObject({ kind: 'initial', outcome: 'succeeded', sessions: { opened: 1, closed: 1 } });
    expect(initial.counts.Account.added).toBe(simulator.data.count('Account', 'JSMITH'));
    expect(simulator.openSessionCount()).toBe(0);

    const created = simulator.data.create('Account', { Name: 'Over HTTP' }, { owner: 'JSMITH' });
    const incremental = await engine.synchronize({ connection });
    expect(incremental).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
    expect(incremental.counts.Account.added).toBe(1);
    expect(await (await store.activeDatabase())?.get('Account', created.Id)).toMatchObject({ Name: 'Over HTTP' });
    expect(simulator.openSessionCount()).toBe(0);
  });
});
