import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCredentialVault,
  createStandaloneHost,
  STANDALONE_SETTINGS_KEY,
  writeLoginOptions,
} from '../../../src/host';
import { setLogSink, type LogSink } from '../../../src/shared';
import { DEMO_USERS } from '../../../src/simulator';
import type { SyncReport } from '../../../src/sync';
import { ENDPOINT } from '../../integration/support/syncHarness';
import { createFaultWorld, HOUR, useFaultWorld } from '../../faults/support/faultWorld';

useFaultWorld();

const PASSWORD = 'Pa55-w0rd-ünï-😀-x7Q';

/** Every byte of every IndexedDB database of this process: names, stores, keys and values. */
async function dumpIndexedDb(): Promise<string> {
  const parts: string[] = [];
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const storeName of [...db.objectStoreNames]) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const read = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())]);
      parts.push(`${name}/${storeName}`, serialize(keys), serialize(values));
    }
    db.close();
  }
  return parts.join('\n');
}

/** JSON, with binary data written out both as UTF-8 and as Latin-1 text, so a secret inside bytes is found too. */
function serialize(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    const bytes =
      v instanceof ArrayBuffer
        ? new Uint8Array(v)
        : ArrayBuffer.isView(v)
          ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength)
          : null;
    if (bytes) return `${new TextDecoder().decode(bytes)}|${String.fromCharCode(...bytes)}`;
    return v;
  });
}

afterEach(() => setLogSink(() => undefined));

describe('the password and session tokens never leave memory', () => {
  it('appear in no log line, console output, error message, sync log, roaming setting or IndexedDB byte after syncs with faults', async () => {
    const world = await createFaultWorld({
      users: DEMO_USERS.map((u) => (u.userName === 'JSMITH' ? { ...u, password: PASSWORD } : u)),
    });
    const logged: string[] = [];
    const sink: LogSink = (level, message) => logged.push(`${level} ${message}`);
    setLogSink(sink);
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) =>
          void logged.push(
            args.map((a) => (a instanceof Error ? `${a.message} ${a.stack} ${String(a.cause)}` : String(a))).join(' '),
          ),
      );
    }
    const connection = { endpointUrl: ENDPOINT, userName: 'JSMITH', password: PASSWORD };
    const reports: SyncReport[] = [];
    const sync = async () =>
      reports.push(await world.engine().synchronize({ connection, onProgress: (p) => logged.push(JSON.stringify(p)) }));
    const { faults } = world.simulator;

    // Initial sync through a token rejection, a restart, a 503 and a drop mid-page.
    faults.add({ kind: 'expireSession', operation: 'ContactQueryPage', onCall: 2 });
    faults.add({ kind: 'restart', operation: 'OpportunityQueryPage', onCall: 1 });
    faults.add({ kind: 'http', status: 503, operation: 'ActionQueryPage', times: 2 });
    faults.add({ kind: 'drop', partial: true, operation: 'AccountQueryPage', onCall: 2 });
    await sync();
    world.clock.advance(HOUR);
    // A business fault that echoes the password (the server's answer: the sync stops with it).
    faults.add({
      kind: 'soapFault',
      code: 'SBL-EAI-04376',
      message: `Login with password ${PASSWORD} failed`,
      operation: 'ContactQueryPage',
      times: 1,
    });
    await sync();
    world.clock.advance(HOUR);
    // A malformed answer, an HTML page, a hang, and a wrong password.
    faults.add({ kind: 'malformed', operation: 'AccountQueryPage' });
    await sync();
    faults.add({ kind: 'html', operation: 'DownloadMetadataFiles' });
    await sync();
    await world
      .engine()
      .synchronize({ connection: { ...connection, password: `${PASSWORD}-wrong` } })
      .then((r) => reports.push(r));
    await sync();

    expect(reports.map((r) => r.outcome)).toEqual(['succeeded', 'failed', 'failed', 'failed', 'failed', 'succeeded']);
    expect(world.tokens.length).toBeGreaterThan(5);

    // What the task pane keeps: login options in roaming settings, the password only in the vault.
    const localStorageStandIn = new Map<string, string>();
    const storage = {
      getItem: (k: string) => localStorageStandIn.get(k) ?? null,
      setItem: (k: string, v: string) => void localStorageStandIn.set(k, v),
    } as unknown as Storage;
    const { roamingSettings: roaming } = createStandaloneHost({
      search: '?standalone',
      storage,
      target: new EventTarget(),
    });
    await writeLoginOptions(roaming, { serverUrl: ENDPOINT, userName: 'JSMITH', autoSyncMinutes: 15 });
    await roaming.save();
    const vault = createCredentialVault();
    await vault.remember({ serverUrl: ENDPOINT, userName: 'JSMITH' }, PASSWORD);
    expect(await vault.recall({ serverUrl: ENDPOINT, userName: 'JSMITH' })).toBe(PASSWORD);

    const haystacks: Record<string, string> = {
      'log lines and console': logged.join('\n'),
      'reports and error messages': JSON.stringify(reports),
      'sync log': JSON.stringify(await world.store.listSyncLog(50)),
      'roaming settings': localStorageStandIn.get(STANDALONE_SETTINGS_KEY) ?? '',
      IndexedDB: await dumpIndexedDb(),
    };
    expect(haystacks['log lines and console'].length).toBeGreaterThan(0);
    expect(haystacks.IndexedDB).toContain('crm-desktop-credentials');
    expect(haystacks['sync log']).toContain('SBL-EAI-04376');
    const secrets = [PASSWORD, encodeURIComponent(PASSWORD), ...world.tokens];
    for (const [where, text] of Object.entries(haystacks)) {
      for (const secret of secrets)
        expect(text.includes(secret), `${secret.slice(0, 6)}… found in ${where}`).toBe(false);
    }
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
