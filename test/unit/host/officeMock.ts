import { OfficeMockObject } from 'office-addin-mock';

/** An Office.AsyncResult as office.js hands it to a callback. */
export function succeeded<T>(value: T) {
  return { status: 'succeeded', value, error: undefined };
}

/** A failed Office.AsyncResult with Office's error name and message. */
export function failed(message: string) {
  return { status: 'failed', value: undefined, error: { name: 'GenericResponseError', message, code: 9020 } };
}

type Callback = (result: unknown) => void;

/**
 * A minimal `Office` global for Outlook, built with office-addin-mock (`host: 'outlook'`, or
 * property reads return "property was not loaded"). `item` defaults to a read-mode message.
 */
export function outlookMock(options: { item?: Record<string, unknown>; saveResult?: unknown; notifyResult?: unknown } = {}) {
  const stored: Record<string, unknown> = { serverUrl: 'https://crm.example.com/eai' };
  const notifications: Array<{ key: string; details: Record<string, unknown> }> = [];
  const associated: Array<{ name: string; handler: unknown }> = [];
  const mock = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    HostType: { Outlook: 'Outlook' },
    MailboxEnums: {
      ItemType: { Message: 'message', Appointment: 'appointment' },
      ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage' },
    },
    CoercionType: { Text: 'text', Html: 'html' },
    actions: { associate: (name: string, handler: unknown) => void associated.push({ name, handler }) },
    context: {
      displayLanguage: 'de-DE',
      officeTheme: { bodyBackgroundColor: '#1F1F1F' },
      roamingSettings: {
        get: (key: string) => stored[key],
        set: (key: string, value: unknown) => void (stored[key] = value),
        remove: (key: string) => void delete stored[key],
        saveAsync: (callback: Callback) => callback(options.saveResult ?? succeeded(undefined)),
      },
      mailbox: {
        userProfile: { displayName: 'John Smith', emailAddress: 'JSmith@example.com' },
        item: options.item ?? {
          itemType: 'message',
          internetMessageId: '<renewal-1@example.com>',
          itemId: 'AAMkAD-renewal',
          dateTimeCreated: new Date('2025-03-12T09:41:00Z'),
          subject: 'Renewal',
          body: { getAsync: (coercion: string, callback: Callback) => callback(coercion === 'text' ? succeeded('Hello John,\nthe renewal.') : failed('HTML was asked for')) },
          from: { displayName: 'Anna Becker', emailAddress: 'anna.becker@example.com' },
          to: [{ displayName: 'John Smith', emailAddress: 'jsmith@example.com' }],
          cc: [],
          notificationMessages: {
            replaceAsync: (key: string, details: Record<string, unknown>, callback: Callback) => {
              notifications.push({ key, details });
              callback(options.notifyResult ?? succeeded(undefined));
            },
          },
        },
      },
    },
  });
  return { mock, stored, notifications, associated };
}
