// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createStandaloneHost,
  HostError,
  messageShareKey,
  NOTIFICATION_EVENT,
  SAMPLE_BODY,
  SAMPLE_ITEM,
  SELECT_ITEM_EVENT,
  STANDALONE_SETTINGS_KEY,
  THEME_EVENT,
} from '../../../src/host';
import type { NotificationEventDetail } from '../../../src/host';

beforeEach(() => localStorage.clear());

function host(search = '?standalone', storage: Storage = localStorage, target: EventTarget = new EventTarget()) {
  return createStandaloneHost({ search, storage, target, language: 'en-GB' });
}

/** The sample as the host hands it out: its key doubles as internet message id, which gives the share key. */
async function sampleWithIdentity() {
  return { ...SAMPLE_ITEM, shareKey: await messageShareKey(SAMPLE_ITEM.itemKey), itemKeys: [SAMPLE_ITEM.itemKey] };
}

describe('createStandaloneHost', () => {
  it('keeps roaming settings in localStorage, written only on save', async () => {
    const settings = host().roamingSettings;
    settings.set('userName', 'JSMITH');
    expect(localStorage.getItem(STANDALONE_SETTINGS_KEY)).toBeNull();
    await settings.save();
    expect(JSON.parse(localStorage.getItem(STANDALONE_SETTINGS_KEY) ?? '')).toEqual({ userName: 'JSMITH' });
    expect(host().roamingSettings.get('userName')).toBe('JSMITH');
  });

  it('removes a setting and persists the removal on save', async () => {
    localStorage.setItem(STANDALONE_SETTINGS_KEY, JSON.stringify({ a: 1, b: 2 }));
    const settings = host().roamingSettings;
    settings.remove('a');
    await settings.save();
    expect(JSON.parse(localStorage.getItem(STANDALONE_SETTINGS_KEY) ?? '')).toEqual({ b: 2 });
  });

  it('starts with empty settings when the stored value is not JSON', () => {
    localStorage.setItem(STANDALONE_SETTINGS_KEY, '{"truncated');
    expect(host().roamingSettings.get('userName')).toBeUndefined();
  });

  it('rejects save with a HostError when storage refuses the write', async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    } as unknown as Storage;
    await expect(host('', full).roamingSettings.save()).rejects.toBeInstanceOf(HostError);
  });

  it('offers the sample message by default, none for ?item=none, and overrides from ?item= JSON', async () => {
    await expect(host().currentItem()).resolves.toEqual(await sampleWithIdentity());
    await expect(host('?item=none').currentItem()).resolves.toBeNull();
    const custom = encodeURIComponent(
      JSON.stringify({ subject: 'QBR', itemType: 'appointment', cc: [{ name: 'Kai', email: 'kai@example.com' }] }),
    );
    await expect(host(`?item=${custom}`).currentItem()).resolves.toEqual({
      ...SAMPLE_ITEM,
      // An appointment has no internet message id: no share key until it is shared.
      shareKey: null,
      itemKeys: [SAMPLE_ITEM.itemKey],
      subject: 'QBR',
      itemType: 'appointment',
      cc: [{ name: 'Kai', email: 'kai@example.com' }],
    });
  });

  it('offers a received sample message from a demo contact, with a key, a date and a body', async () => {
    const standalone = host();
    expect(await standalone.currentItem()).toMatchObject({
      itemKey: expect.stringMatching(/^<.+@acme\.example>$/),
      sentByUser: false,
      from: { email: 'david.rossi@acme.example' },
    });
    expect(Date.parse(SAMPLE_ITEM.date ?? '')).not.toBeNaN();
    await expect(standalone.currentItemBody()).resolves.toBe(SAMPLE_BODY);
    expect(SAMPLE_BODY).toMatch(/David Rossi/);
  });

  it('takes key, direction, dates and body of an appointment from ?item= JSON', async () => {
    const custom = encodeURIComponent(
      JSON.stringify({
        itemKey: 'AAMk-1',
        itemType: 'appointment',
        sentByUser: true,
        date: '2025-04-01T13:00:00Z',
        end: '2025-04-01T14:00:00Z',
        body: 'Agenda',
      }),
    );
    const standalone = host(`?item=${custom}`);
    expect(await standalone.currentItem()).toMatchObject({
      itemKey: 'AAMk-1',
      itemType: 'appointment',
      sentByUser: true,
      date: '2025-04-01T13:00:00Z',
      end: '2025-04-01T14:00:00Z',
    });
    await expect(standalone.currentItemBody()).resolves.toBe('Agenda');
    await expect(host('?item=none').currentItemBody()).resolves.toBe('');
  });

  it('falls back to the sample message when ?item= is not JSON', async () => {
    await expect(host('?item=%7Bbroken').currentItem()).resolves.toEqual(await sampleWithIdentity());
  });

  it('announces notifications as DOM events', async () => {
    const target = new EventTarget();
    const seen: NotificationEventDetail[] = [];
    target.addEventListener(NOTIFICATION_EVENT, (event) =>
      seen.push((event as CustomEvent<NotificationEventDetail>).detail),
    );
    await host('', localStorage, target).notify('Sign in first', 'error');
    expect(seen).toEqual([{ message: 'Sign in first', kind: 'error' }]);
  });

  it('reports standalone, the given language, and a dark theme only for ?theme=dark', () => {
    expect(host()).toMatchObject({ kind: 'standalone', displayLanguage: 'en-GB', theme: 'light' });
    expect(host('?theme=dark').theme).toBe('dark');
  });

  it('marks every item it makes up as a sample, so it can never pass for an email from Outlook', async () => {
    expect(SAMPLE_ITEM.isSample).toBe(true);
    const custom = encodeURIComponent(JSON.stringify({ subject: 'Real-looking', isSample: false }));
    await expect(host(`?item=${custom}`).currentItem()).resolves.toMatchObject({
      subject: 'Real-looking',
      isSample: true,
    });
  });

  it('switches to another sample item on SELECT_ITEM_EVENT and tells its listeners, as Outlook does for a pinned pane', async () => {
    const target = new EventTarget();
    const standalone = host('?standalone', localStorage, target);
    let changes = 0;
    const unsubscribe = standalone.onItemChanged!(() => changes++);
    target.dispatchEvent(
      new CustomEvent(SELECT_ITEM_EVENT, { detail: JSON.stringify({ subject: 'Second email', body: 'Other body' }) }),
    );
    expect(changes).toBe(1);
    await expect(standalone.currentItem()).resolves.toMatchObject({ subject: 'Second email', isSample: true });
    await expect(standalone.currentItemBody()).resolves.toBe('Other body');
    target.dispatchEvent(new CustomEvent(SELECT_ITEM_EVENT, { detail: 'none' }));
    await expect(standalone.currentItem()).resolves.toBeNull();
    unsubscribe();
    target.dispatchEvent(new CustomEvent(SELECT_ITEM_EVENT, { detail: '' }));
    expect(changes).toBe(2);
    await expect(standalone.currentItem()).resolves.toEqual(await sampleWithIdentity());
  });

  it('switches its theme on THEME_EVENT and tells its listeners', () => {
    const target = new EventTarget();
    const standalone = host('?standalone', localStorage, target);
    const themes: string[] = [];
    standalone.onThemeChanged!((theme) => themes.push(theme));
    target.dispatchEvent(new CustomEvent(THEME_EVENT, { detail: 'dark' }));
    expect(standalone.theme).toBe('dark');
    target.dispatchEvent(new CustomEvent(THEME_EVENT, { detail: 'light' }));
    expect(themes).toEqual(['dark', 'light']);
  });
});
