import { afterEach, describe, expect, it } from 'vitest';
import { createOutlookHost, HostError, messageShareKey } from '../../../src/host';
import { EVENT_TYPES, failed, outlookMock, succeeded } from './officeMock';

function install(mock: unknown): Office.Context {
  (globalThis as { Office?: unknown }).Office = mock;
  return (mock as { context: Office.Context }).context;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('createOutlookHost', () => {
  it('reports Outlook, the display language and a dark theme for a dark Office background', () => {
    const host = createOutlookHost(install(outlookMock().mock));
    expect(host.kind).toBe('outlook');
    expect(host.displayLanguage).toBe('de-DE');
    expect(host.theme).toBe('dark');
  });

  it('reads, changes and removes roaming settings through Office', () => {
    const { mock, stored } = outlookMock();
    const settings = createOutlookHost(install(mock)).roamingSettings;
    expect(settings.get('serverUrl')).toBe('https://crm.example.com/eai');
    settings.set('userName', 'JSMITH');
    settings.remove('serverUrl');
    expect(stored).toEqual({ userName: 'JSMITH' });
  });

  it('resolves save when Office saves the roaming settings', async () => {
    await expect(createOutlookHost(install(outlookMock().mock)).roamingSettings.save()).resolves.toBeUndefined();
  });

  it("rejects save with a HostError carrying Office's message when saveAsync fails", async () => {
    const host = createOutlookHost(
      install(outlookMock({ saveResult: failed('The settings are larger than 32 KB.') }).mock),
    );
    const error = await host.roamingSettings.save().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('Host');
    expect((error as HostError).message).toMatch(
      /^Outlook could not save the add-in settings: The settings are larger than 32 KB\. — /,
    );
    expect((error as HostError).cause).toMatchObject({ name: 'GenericResponseError' });
  });

  it('summarizes a received message open in read mode, keyed by its internet message id', async () => {
    const item = await createOutlookHost(install(outlookMock().mock)).currentItem();
    expect(item).toEqual({
      itemKey: '<renewal-1@example.com>',
      // No custom property: the key of the internet message id, the same on every copy.
      shareKey: await messageShareKey('<renewal-1@example.com>'),
      itemKeys: ['<renewal-1@example.com>', 'AAMkAD-renewal'],
      subject: 'Renewal',
      from: { name: 'Anna Becker', email: 'anna.becker@example.com' },
      to: [{ name: 'John Smith', email: 'jsmith@example.com' }],
      cc: [],
      itemType: 'message',
      sentByUser: false,
      // The mailbox's own address, lower case: the rep is nobody to add as a contact.
      userEmail: 'jsmith@example.com',
      date: '2025-03-12T09:41:00.000Z',
      end: null,
    });
  });

  it('marks a message from the mailbox user as sent by the user, comparing addresses without case', async () => {
    const { mock } = outlookMock({
      item: {
        itemType: 'message',
        subject: 'Quote',
        itemId: 'AAMkAD-quote',
        from: { displayName: 'John Smith', emailAddress: 'jsmith@EXAMPLE.com' },
        to: [],
        cc: [],
      },
    });
    const item = await createOutlookHost(install(mock)).currentItem();
    expect(item).toMatchObject({ sentByUser: true, itemKey: 'AAMkAD-quote', date: null });
  });

  it('reads the body as plain text through body.getAsync', async () => {
    await expect(createOutlookHost(install(outlookMock().mock)).currentItemBody()).resolves.toBe(
      'Hello John,\nthe renewal.',
    );
  });

  it('rejects currentItemBody with a HostError when Outlook cannot read the body', async () => {
    const { mock } = outlookMock({
      item: {
        itemType: 'message',
        subject: 'x',
        body: { getAsync: (_: string, callback: (r: unknown) => void) => callback(failed('Body too large.')) },
      },
    });
    const error = await createOutlookHost(install(mock))
      .currentItemBody()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/^Outlook could not read the body of the item: Body too large\. — /);
  });

  it('gives an empty body when no item is open', async () => {
    const { mock } = outlookMock();
    mock.context.mailbox.item = null;
    await expect(createOutlookHost(install(mock)).currentItemBody()).resolves.toBe('');
  });

  it('summarizes an appointment in read mode with organizer and attendees', async () => {
    const { mock } = outlookMock({
      item: {
        itemType: 'appointment',
        subject: 'QBR',
        organizer: { displayName: 'Anna Becker', emailAddress: 'anna.becker@example.com' },
        requiredAttendees: [{ displayName: 'John Smith', emailAddress: 'jsmith@example.com' }],
        optionalAttendees: [{ displayName: 'Kai Ng', emailAddress: 'kai@example.com' }],
      },
    });
    const item = await createOutlookHost(install(mock)).currentItem();
    expect(item).toMatchObject({
      itemType: 'appointment',
      from: { email: 'anna.becker@example.com' },
      cc: [{ name: 'Kai Ng', email: 'kai@example.com' }],
    });
  });

  it('keys an appointment by its item id and gives its start and end', async () => {
    const { mock } = outlookMock({
      item: {
        itemType: 'appointment',
        itemId: 'AAMkAD-qbr',
        subject: 'QBR',
        start: new Date('2025-04-01T13:00:00Z'),
        end: new Date('2025-04-01T14:30:00Z'),
        organizer: { displayName: 'John Smith', emailAddress: 'jsmith@example.com' },
        requiredAttendees: [],
        optionalAttendees: [],
      },
    });
    const item = await createOutlookHost(install(mock)).currentItem();
    expect(item).toMatchObject({
      itemKey: 'AAMkAD-qbr',
      date: '2025-04-01T13:00:00.000Z',
      end: '2025-04-01T14:30:00.000Z',
      sentByUser: true,
    });
  });

  it('reads a message in compose mode through its getAsync calls', async () => {
    const getAsync = (value: unknown) => ({ getAsync: (callback: (r: unknown) => void) => callback(succeeded(value)) });
    const { mock } = outlookMock({
      item: {
        itemType: 'message',
        subject: getAsync('Draft'),
        from: getAsync({ displayName: 'John Smith', emailAddress: 'jsmith@example.com' }),
        to: getAsync([{ displayName: 'Anna Becker', emailAddress: 'anna.becker@example.com' }]),
        cc: getAsync([]),
      },
    });
    const item = await createOutlookHost(install(mock)).currentItem();
    expect(item).toEqual({
      itemKey: '',
      shareKey: null,
      itemKeys: [],
      subject: 'Draft',
      from: { name: 'John Smith', email: 'jsmith@example.com' },
      to: [{ name: 'Anna Becker', email: 'anna.becker@example.com' }],
      cc: [],
      itemType: 'message',
      sentByUser: true,
      date: null,
      end: null,
    });
  });

  it('keys a saved draft by getItemIdAsync and an unsaved one by nothing', async () => {
    const getAsync = (value: unknown) => ({ getAsync: (callback: (r: unknown) => void) => callback(succeeded(value)) });
    const draft = (idResult: unknown) =>
      outlookMock({
        item: {
          itemType: 'appointment',
          subject: getAsync('Planning'),
          start: getAsync(new Date('2025-05-02T08:00:00Z')),
          end: getAsync(new Date('2025-05-02T09:00:00Z')),
          requiredAttendees: getAsync([]),
          optionalAttendees: getAsync([]),
          getItemIdAsync: (callback: (r: unknown) => void) => callback(idResult),
        },
      }).mock;
    await expect(createOutlookHost(install(draft(succeeded('AAMkAD-draft')))).currentItem()).resolves.toMatchObject({
      itemKey: 'AAMkAD-draft',
      date: '2025-05-02T08:00:00.000Z',
      end: '2025-05-02T09:00:00.000Z',
    });
    await expect(
      createOutlookHost(install(draft(failed('The item is not saved.')))).currentItem(),
    ).resolves.toMatchObject({ itemKey: '' });
  });

  it('rejects with a HostError when a compose field cannot be read', async () => {
    const { mock } = outlookMock({
      item: {
        itemType: 'message',
        subject: { getAsync: (callback: (r: unknown) => void) => callback(failed('Item is not available.')) },
      },
    });
    await expect(createOutlookHost(install(mock)).currentItem()).rejects.toThrow(
      /^Outlook could not read the subject of the item: Item is not available\./,
    );
  });

  it('returns null when no item is open', async () => {
    const { mock } = outlookMock();
    mock.context.mailbox.item = null;
    await expect(createOutlookHost(install(mock)).currentItem()).resolves.toBeNull();
  });

  it('shows an informational notification with an icon, replacing the previous one', async () => {
    const { mock, notifications } = outlookMock();
    const host = createOutlookHost(install(mock));
    await host.notify('Signed in', 'info');
    await host.notify('Still signed in', 'info');
    expect(notifications.map((n) => n.key)).toEqual(['crm-desktop', 'crm-desktop']);
    expect(notifications[1].details).toEqual({
      type: 'informationalMessage',
      message: 'Still signed in',
      icon: 'Icon.16x16',
      persistent: false,
    });
  });

  it("shows errors as error messages and shortens texts to Outlook's 150 characters", async () => {
    const { mock, notifications } = outlookMock();
    await createOutlookHost(install(mock)).notify('x'.repeat(200), 'error');
    expect(notifications[0].details.type).toBe('errorMessage');
    expect((notifications[0].details.message as string).length).toBe(150);
  });

  it('rejects notify with a HostError when Outlook refuses the notification', async () => {
    const { mock } = outlookMock({ notifyResult: failed('Too many notifications.') });
    await expect(createOutlookHost(install(mock)).notify('Hi', 'info')).rejects.toBeInstanceOf(HostError);
  });

  it('registers ribbon commands with Office.actions.associate', () => {
    const { mock, associated } = outlookMock();
    const handler = () => undefined;
    createOutlookHost(install(mock)).registerCommand('syncNow', handler);
    expect(associated).toEqual([{ name: 'syncNow', handler }]);
  });
});

describe('createOutlookHost events', () => {
  const nextMessage = {
    itemType: 'message',
    internetMessageId: '<quote-2@example.com>',
    itemId: 'AAMkAD-quote',
    subject: 'Quote for 12 vehicles',
    from: { displayName: 'Kai Ng', emailAddress: 'kai@example.com' },
    to: [],
    cc: [],
  };

  it('tells its listeners when a pinned task pane moves to another item, and currentItem then reads the new one', async () => {
    const { mock, fire, handlers } = outlookMock();
    const host = createOutlookHost(install(mock));
    const seen: string[] = [];
    host.onItemChanged!(() => seen.push('first'));
    host.onItemChanged!(() => seen.push('second'));
    // Office drops every handler of a type at once, so the host adds exactly one.
    expect(handlers[EVENT_TYPES.ItemChanged]).toHaveLength(1);
    mock.context.mailbox.item = nextMessage;
    fire(EVENT_TYPES.ItemChanged);
    expect(seen).toEqual(['first', 'second']);
    await expect(host.currentItem()).resolves.toMatchObject({
      itemKey: '<quote-2@example.com>',
      subject: 'Quote for 12 vehicles',
    });
  });

  it('stops calling a listener after it unsubscribed, and reports no item when the selection is empty', async () => {
    const { mock, fire } = outlookMock();
    const host = createOutlookHost(install(mock));
    let calls = 0;
    const unsubscribe = host.onItemChanged!(() => calls++);
    fire(EVENT_TYPES.ItemChanged);
    unsubscribe();
    mock.context.mailbox.item = null;
    fire(EVENT_TYPES.ItemChanged);
    expect(calls).toBe(1);
    await expect(host.currentItem()).resolves.toBeNull();
  });

  it('keeps the other listeners going when one of them throws', () => {
    const { mock, fire } = outlookMock();
    const host = createOutlookHost(install(mock));
    let later = 0;
    host.onItemChanged!(() => {
      throw new Error('broken view');
    });
    host.onItemChanged!(() => later++);
    fire(EVENT_TYPES.ItemChanged);
    expect(later).toBe(1);
  });

  it('follows OfficeThemeChanged: the theme changes and listeners hear the new one', () => {
    const { mock, fire, handlers } = outlookMock();
    const host = createOutlookHost(install(mock));
    expect(host.theme).toBe('dark');
    const themes: string[] = [];
    host.onThemeChanged!((theme) => themes.push(theme));
    expect(handlers[EVENT_TYPES.OfficeThemeChanged]).toHaveLength(1);
    fire(EVENT_TYPES.OfficeThemeChanged, { officeTheme: { bodyBackgroundColor: '#FFFFFF' } });
    expect(themes).toEqual(['light']);
    expect(host.theme).toBe('light');
    fire(EVENT_TYPES.OfficeThemeChanged, { officeTheme: { bodyBackgroundColor: '#262626' } });
    expect(themes).toEqual(['light', 'dark']);
  });

  it('adds no theme handler until someone listens (a function file may not handle the event)', () => {
    const { mock, handlers } = outlookMock();
    createOutlookHost(install(mock));
    expect(handlers[EVENT_TYPES.OfficeThemeChanged]).toBeUndefined();
  });

  it('keeps the first theme when this Outlook refuses OfficeThemeChanged', () => {
    const { mock, fire } = outlookMock({
      handlerResults: { [EVENT_TYPES.OfficeThemeChanged]: failed('The event type is not supported.') },
    });
    const host = createOutlookHost(install(mock));
    const themes: string[] = [];
    expect(() => host.onThemeChanged!((theme) => themes.push(theme))).not.toThrow();
    fire(EVENT_TYPES.OfficeThemeChanged, { officeTheme: { bodyBackgroundColor: '#FFFFFF' } });
    expect(themes).toEqual([]);
    expect(host.theme).toBe('dark');
  });
});
