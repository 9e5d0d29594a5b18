import { describe, expect, it } from 'vitest';
import {
  createBrowserStorage,
  HostError,
  LOCAL_DATA_RECORD_KEY,
  readLocalDataRecord,
  writeLocalDataRecord,
} from '../../../src/host';
import type { RoamingSettings, StorageManagerLike } from '../../../src/host';

/** A StorageManager whose methods need their `this`, as the browser's do ("Illegal invocation" otherwise). */
class FakeManager implements StorageManagerLike {
  readonly #state: { persisted: boolean; grant: boolean; usage?: number; quota?: number };
  persistCalls = 0;

  constructor(state: { persisted: boolean; grant: boolean; usage?: number; quota?: number }) {
    this.#state = { ...state };
  }

  async persist(): Promise<boolean> {
    this.persistCalls++;
    if (this.#state.grant) this.#state.persisted = true;
    return this.#state.persisted;
  }

  async persisted(): Promise<boolean> {
    return this.#state.persisted;
  }

  async estimate(): Promise<{ usage?: number; quota?: number }> {
    return { usage: this.#state.usage, quota: this.#state.quota };
  }
}

function memorySettings(
  options: { failSave?: boolean } = {},
): RoamingSettings & { values: Record<string, unknown>; saves: number } {
  const values: Record<string, unknown> = {};
  const settings = {
    values,
    saves: 0,
    get: (key: string) => values[key],
    set: (key: string, value: unknown) => void (values[key] = value),
    remove: (key: string) => void delete values[key],
    save: async () => {
      if (options.failSave) throw new Error('The mailbox is over its quota');
      settings.saves++;
    },
  };
  return settings;
}

describe('createBrowserStorage', () => {
  it('reports persistence, space used and quota as the browser tells them', async () => {
    const storage = createBrowserStorage(
      new FakeManager({ persisted: true, grant: true, usage: 12_345_678, quota: 2_000_000_000 }),
    );
    expect(await storage.status()).toEqual({
      persistence: 'persistent',
      usageBytes: 12_345_678,
      quotaBytes: 2_000_000_000,
    });
  });

  it('asks the browser to keep the data and answers with what it granted', async () => {
    const granting = new FakeManager({ persisted: false, grant: true });
    expect(await createBrowserStorage(granting).requestPersistence()).toBe('persistent');
    expect(granting.persistCalls).toBe(1);
    const refusing = new FakeManager({ persisted: false, grant: false });
    expect(await createBrowserStorage(refusing).requestPersistence()).toBe('best-effort');
    expect((await createBrowserStorage(refusing).status()).persistence).toBe('best-effort');
  });

  it('answers unknown, without failing, in a webview that has no Storage API', async () => {
    const storage = createBrowserStorage(undefined);
    expect(await storage.requestPersistence()).toBe('unknown');
    expect(await storage.status()).toEqual({ persistence: 'unknown', usageBytes: null, quotaBytes: null });
  });

  it('keeps a usage the browser left out or made up as unknown', async () => {
    const storage = createBrowserStorage({
      persisted: async () => false,
      estimate: async () => ({ usage: Number.NaN }),
    });
    expect(await storage.status()).toEqual({ persistence: 'best-effort', usageBytes: null, quotaBytes: null });
  });

  it('turns a browser that throws into a HostError that says what to check', async () => {
    const storage = createBrowserStorage({
      persist: async () => Promise.reject(new TypeError('storage is disabled')),
      persisted: async () => false,
    });
    const error = await storage.requestPersistence().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(
      /^Asking the browser to keep CRM Desktop's data failed \(storage is disabled\): .*site settings/,
    );
    expect((error as HostError).cause).toBeInstanceOf(TypeError);
  });
});

describe('the local data record in roaming settings', () => {
  it('is absent before the first synchronization and when damaged', () => {
    const settings = memorySettings();
    expect(readLocalDataRecord(settings)).toBeNull();
    settings.set(LOCAL_DATA_RECORD_KEY, '{not json');
    expect(readLocalDataRecord(settings)).toBeNull();
    settings.set(LOCAL_DATA_RECORD_KEY, JSON.stringify({ firstSyncedAt: 'yesterday' }));
    expect(readLocalDataRecord(settings)).toBeNull();
  });

  it('is written as JSON under its own key, saved, and read back', async () => {
    const settings = memorySettings();
    await writeLocalDataRecord(settings, { firstSyncedAt: '2025-03-03T09:00:00.000Z' });
    expect(settings.saves).toBe(1);
    expect(JSON.parse(settings.values[LOCAL_DATA_RECORD_KEY] as string)).toEqual({
      firstSyncedAt: '2025-03-03T09:00:00.000Z',
    });
    expect(readLocalDataRecord(settings)).toEqual({ firstSyncedAt: '2025-03-03T09:00:00.000Z' });
  });

  it('reports a failed save as a HostError that says the next start tries again', async () => {
    const error = await writeLocalDataRecord(memorySettings({ failSave: true }), {
      firstSyncedAt: '2025-03-03T09:00:00.000Z',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(
      /\(The mailbox is over its quota\): .* tries again the next time the task pane opens$/,
    );
  });
});
