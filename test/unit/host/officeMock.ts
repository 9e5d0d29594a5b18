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

/** Office's names of the mailbox events (`Office.EventType`). */
export const EVENT_TYPES = { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' } as const;

/**
 * A minimal `Office` global for Outlook, built with office-addin-mock (`host: 'outlook'`, or
 * property reads return "property was not loaded"). `item` defaults to a read-mode message.
 * `mailbox.addHandlerAsync` records handlers per event type (`handlerResults` can refuse one, as an
 * Outlook without the requirement set does); `fire` calls them as Outlook would.
 */
export function outlookMock(
  options: {
    item?: Record<string, unknown>;
    saveResult?: unknown;
    notifyResult?: unknown;
    handlerResults?: Record<string, unknown>;
  } = {},
) {
  const stored: Record<string, unknown> = { serverUrl: 'https://crm.example.com/eai' };
  const notifications: Array<{ key: string; details: Record<string, unknown> }> = [];
  const associated: Array<{ name: string; handler: unknown }> = [];
  const handlers: Record<string, Array<(args: unknown) => void>> = {};
  const mock = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    HostType: { Outlook: 'Outlook' },
    EventType: EVENT_TYPES,
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
        addHandlerAsync: (eventType: string, handler: (args: unknown) => void, callback?: Callback) => {
          const result = options.handlerResults?.[eventType] ?? succeeded(undefined);
          if ((result as { status: string }).status === 'succeeded') (handlers[eventType] ??= []).push(handler);
          callback?.(result);
        },
        item: options.item ?? {
          itemType: 'message',
          internetMessageId: '<renewal-1@example.com>',
          itemId: 'AAMkAD-renewal',
          dateTimeCreated: new Date('2025-03-12T09:41:00Z'),
          subject: 'Renewal',
          body: {
            getAsync: (coercion: string, callback: Callback) =>
              callback(coercion === 'text' ? succeeded('Hello John,\nthe renewal.') : failed('HTML was asked for')),
          },
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
  /** Calls every handler Outlook holds for `eventType`, as Outlook does when the event happens. */
  const fire = (eventType: string, args: Record<string, unknown> = {}) => {
    for (const handler of handlers[eventType] ?? []) handler({ type: eventType, ...args });
  };
  return { mock, stored, notifications, associated, handlers, fire };
}
