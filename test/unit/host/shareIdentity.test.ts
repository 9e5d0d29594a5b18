import { afterEach, describe, expect, it } from 'vitest';
import {
  createOutlookHost,
  messageShareKey,
  meetingShareKey,
  randomShareKey,
  SHARE_PROPERTY,
  shareKeyOfProperty,
  sharePropertyValue,
} from '../../../src/host';
import { failed, outlookMock, succeeded } from './officeMock';

type Callback = (result: unknown) => void;

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

/**
 * A read-mode message whose custom properties and categories behave as Outlook's: `properties`
 * holds what was saved with the item, `categories` what is applied; `results` makes a call fail.
 */
function sharedItemMock(
  options: {
    saved?: Record<string, string>;
    categories?: string[];
    mailbox18?: boolean;
    results?: { save?: unknown; add?: unknown; load?: unknown };
  } = {},
) {
  const saved: Record<string, string> = { ...(options.saved ?? {}) };
  const categories = [...(options.categories ?? [])];
  const calls = { add: 0 };
  const item = {
    itemType: 'message',
    internetMessageId: '<renewal-1@example.com>',
    itemId: 'AAMkAD-moved',
    dateTimeCreated: new Date('2025-03-12T09:41:00Z'),
    subject: 'Renewal',
    from: { displayName: 'Anna Becker', emailAddress: 'anna.becker@example.com' },
    to: [],
    cc: [],
    loadCustomPropertiesAsync: (callback: Callback) => {
      const pending = { ...saved };
      callback(
        options.results?.load ??
          succeeded({
            get: (name: string) => pending[name],
            set: (name: string, value: string) => void (pending[name] = value),
            remove: (name: string) => void delete pending[name],
            saveAsync: (done: Callback) => {
              const result = options.results?.save ?? succeeded(undefined);
              if ((result as { status: string }).status === 'succeeded') Object.assign(saved, pending);
              done(result);
            },
          }),
      );
    },
    categories: {
      getAsync: (callback: Callback) =>
        callback(succeeded(categories.map((displayName) => ({ displayName, color: 'Preset0' })))),
      addAsync: (names: string[], callback: Callback) => {
        calls.add++;
        const result = options.results?.add ?? succeeded(undefined);
        if ((result as { status: string }).status === 'succeeded') categories.push(...names);
        callback(result);
      },
    },
  };
  const { mock } = outlookMock({ item });
  const context = (mock as unknown as { context: Record<string, unknown> }).context;
  context.requirements = {
    isSetSupported: (name: string, version: string) =>
      name === 'Mailbox' && (options.mailbox18 ?? true) && Number(version) <= 1.8,
  };
  (globalThis as { Office?: unknown }).Office = mock;
  return { host: createOutlookHost(context as unknown as Office.Context), saved, categories, calls };
}

const MARK = { shareKey: 'r-7c4e', category: 'Shared with Siebel' };

describe('share keys', () => {
  it('derives the same short key from the same internet message id, a different one from another', async () => {
    const key = await messageShareKey('<renewal-1@example.com>');
    expect(key).toMatch(/^m-[A-Za-z0-9_-]{43}$/);
    expect(await messageShareKey(' <renewal-1@example.com> ')).toBe(key);
    expect(await messageShareKey('<renewal-2@example.com>')).not.toBe(key);
    expect((await messageShareKey(`<${'x'.repeat(900)}@example.com>`)).length).toBe(45);
  });

  it('derives a meeting key from organizer (without case), start instant and trimmed subject', async () => {
    const key = await meetingShareKey('Anna.Becker@example.com', '2025-04-01T15:00:00+02:00', ' QBR ');
    expect(key).toMatch(/^a-/);
    expect(await meetingShareKey('anna.becker@example.com', '2025-04-01T13:00:00.000Z', 'QBR')).toBe(key);
    expect(await meetingShareKey('anna.becker@example.com', '2025-04-01T14:00:00.000Z', 'QBR')).not.toBe(key);
  });

  it('makes a new random key every time', () => {
    expect(randomShareKey()).toMatch(/^r-[0-9a-f-]{36}$/);
    expect(randomShareKey()).not.toBe(randomShareKey());
  });

  it('reads back the key of a stored property and nothing from anything else', () => {
    const value = sharePropertyValue('r-1', new Date('2025-01-01T00:00:00Z'));
    expect(JSON.parse(value)).toEqual({ v: 1, key: 'r-1', sharedAt: '2025-01-01T00:00:00.000Z' });
    expect(shareKeyOfProperty(value)).toBe('r-1');
    for (const raw of [undefined, '', '{"v":2,"key":"r-1"}', '{"v":1,"key":""}', '{broken', 42])
      expect(shareKeyOfProperty(raw)).toBeNull();
  });
});

describe('the Outlook host and shared items', () => {
  it('gives a message the key of its internet message id, and its ids as item keys', async () => {
    const { host } = sharedItemMock();
    expect(await host.currentItem()).toMatchObject({
      shareKey: await messageShareKey('<renewal-1@example.com>'),
      itemKeys: ['<renewal-1@example.com>', 'AAMkAD-moved'],
    });
  });

  it('prefers the key an earlier share recorded in the custom properties', async () => {
    const { host } = sharedItemMock({ saved: { [SHARE_PROPERTY]: sharePropertyValue('r-draft-key', new Date()) } });
    expect(await host.currentItem()).toMatchObject({ shareKey: 'r-draft-key' });
  });

  it('falls back to the message key when the custom properties cannot be loaded (Outlook on Mac offline)', async () => {
    const { host } = sharedItemMock({ results: { load: failed('not available offline') } });
    expect(await host.currentItem()).toMatchObject({ shareKey: await messageShareKey('<renewal-1@example.com>') });
  });

  it('records the key in the custom properties and applies the category, which the next reading sees', async () => {
    const { host, saved, categories } = sharedItemMock();
    expect(await host.markShared!(MARK)).toEqual({ recorded: true, category: 'applied' });
    expect(shareKeyOfProperty(saved[SHARE_PROPERTY])).toBe('r-7c4e');
    expect(categories).toEqual(['Shared with Siebel']);
    expect(await host.currentItem()).toMatchObject({ shareKey: 'r-7c4e' });
  });

  it('does not apply a category the item has already', async () => {
    const { host, calls } = sharedItemMock({ categories: ['Shared with Siebel'] });
    expect(await host.markShared!(MARK)).toEqual({ recorded: true, category: 'applied' });
    expect(calls.add).toBe(0);
  });

  it("says the category is missing from the mailbox's list when Outlook answers InvalidCategory", async () => {
    const { host, saved } = sharedItemMock({
      results: {
        add: {
          status: 'failed',
          error: { name: 'InvalidCategory', message: 'Invalid categories were provided.', code: 9045 },
        },
      },
    });
    expect(await host.markShared!(MARK)).toEqual({ recorded: true, category: 'notInMasterList' });
    expect(saved[SHARE_PROPERTY]).toBeDefined();
  });

  it("says the category is not allowed on a permission failure, and names Office's words", async () => {
    const { host } = sharedItemMock({
      results: {
        add: {
          status: 'failed',
          error: { name: 'Permission Denied', message: 'The add-in does not have permission.', code: 7000 },
        },
      },
    });
    expect(await host.markShared!(MARK)).toMatchObject({
      recorded: true,
      category: 'notAllowed',
      problem: expect.stringContaining('does not have permission'),
    });
  });

  it('does not try categories below Mailbox 1.8', async () => {
    const { host, calls } = sharedItemMock({ mailbox18: false });
    expect(await host.markShared!(MARK)).toEqual({ recorded: true, category: 'unsupported' });
    expect(calls.add).toBe(0);
  });

  it('reports, never throws, when the custom properties cannot be saved', async () => {
    const { host, categories } = sharedItemMock({ results: { save: failed('The item is read-only.') } });
    const result = await host.markShared!(MARK);
    expect(result).toMatchObject({
      recorded: false,
      category: 'applied',
      problem: expect.stringContaining('The item is read-only.'),
    });
    expect(categories).toEqual(['Shared with Siebel']);
  });
});

describe('share keys on a page without Web Crypto (plain http demo)', () => {
  it('gives no message key instead of failing, and still makes random keys', async () => {
    const { messageShareKeyOrNull } = await import('../../../src/host');
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle');
    const randomUUID = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    (globalThis.crypto as { randomUUID?: unknown }).randomUUID = undefined;
    try {
      expect(await messageShareKeyOrNull('<renewal-1@example.com>')).toBeNull();
      expect(randomShareKey()).toMatch(/^r-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    } finally {
      if (subtle) Object.defineProperty(globalThis.crypto, 'subtle', subtle);
      else delete (globalThis.crypto as { subtle?: unknown }).subtle;
      (globalThis.crypto as { randomUUID?: unknown }).randomUUID = randomUUID;
    }
    expect(await messageShareKeyOrNull('')).toBeNull();
  });
});
