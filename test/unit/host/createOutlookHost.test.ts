import { afterEach, describe, expect, it } from 'vitest';
import { createOutlookHost, HostError } from '../../../src/host';
import { failed, outlookMock, succeeded } from './officeMock';

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

  it('rejects save with a HostError carrying Office\'s message when saveAsync fails', async () => {
    const host = createOutlookHost(install(outlookMock({ saveResult: failed('The settings are larger than 32 KB.') }).mock));
    const error = await host.roamingSettings.save().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('Host');
    expect((error as HostError).message).toMatch(/^Outlook could not save the add-in settings: The settings are larger than 32 KB\. — /);
    expect((error as HostError).cause).toMatchObject({ name: 'GenericResponseError' });
  });

  it('summarizes a message open in read mode', async () => {
    const item = await createOutlookHost(install(outlookMock().mock)).currentItem();
    expect(item).toEqual({
      subject: 'Renewal',
      from: { name: 'Anna Becker', email: 'anna.becker@example.com' },
      to: [{ name: 'John Smith', email: 'jsmith@example.com' }],
      cc: [],
      itemType: 'message',
    });
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
    expect(item).toMatchObject({ itemType: 'appointment', from: { email: 'anna.becker@example.com' }, cc: [{ name: 'Kai Ng', email: 'kai@example.com' }] });
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
      subject: 'Draft',
      from: { name: 'John Smith', email: 'jsmith@example.com' },
      to: [{ name: 'Anna Becker', email: 'anna.becker@example.com' }],
      cc: [],
      itemType: 'message',
    });
  });

  it('rejects with a HostError when a compose field cannot be read', async () => {
    const { mock } = outlookMock({
      item: { itemType: 'message', subject: { getAsync: (callback: (r: unknown) => void) => callback(failed('Item is not available.')) } },
    });
    await expect(createOutlookHost(install(mock)).currentItem()).rejects.toThrow(/^Outlook could not read the subject of the item: Item is not available\./);
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
    expect(notifications[1].details).toEqual({ type: 'informationalMessage', message: 'Still signed in', icon: 'Icon.16x16', persistent: false });
  });

  it('shows errors as error messages and shortens texts to Outlook\'s 150 characters', async () => {
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
