import type { Page } from 'playwright-core';

/** A read-mode message as the fake Outlook hands it to the add-in (`Office.context.mailbox.item`). */
export interface FakeMessage {
  readonly subject: string;
  readonly internetMessageId: string;
  readonly from: { readonly displayName: string; readonly emailAddress: string };
  readonly to?: ReadonlyArray<{ readonly displayName: string; readonly emailAddress: string }>;
  readonly body?: string;
}

/** How the fake Outlook behaves. */
export interface FakeOutlookOptions {
  /** How long after office.js ran `window.Office` appears (Outlook still loading Office). */
  readonly delayMs: number;
  /** The roaming settings Outlook holds for the add-in when the pane opens. */
  readonly roamingSettings?: Record<string, unknown>;
  /** The selected item when the pane opens; `null` for none. */
  readonly item: FakeMessage | null;
  /** `Office.context.officeTheme.bodyBackgroundColor`. */
  readonly bodyBackgroundColor?: string;
}

/**
 * The page-side fake, written as a string because tsx would wrap named inner functions in a
 * `__name` helper the page lacks. It installs an Outlook-shaped `window.Office` after
 * `delayMs` and `window.fakeOutlook` to drive it: `select(message | null)` fires `ItemChanged`,
 * `setTheme(color)` fires `OfficeThemeChanged`, `settings` / `saves` / `notifications` /
 * `associated` (ribbon functions registered) record what the add-in did.
 */
function fakeOfficeJs(options: FakeOutlookOptions): string {
  return `(() => {
  const options = ${JSON.stringify(options)};
  const ok = (value) => ({ status: 'succeeded', value });
  const person = (p) => ({ displayName: p.displayName, emailAddress: p.emailAddress });
  const notifications = [];
  const toItem = (m) => m && ({
    itemType: 'message',
    itemId: 'AAMkAD-' + m.internetMessageId.replace(/[^a-z0-9]/gi, ''),
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    from: person(m.from),
    to: (m.to || []).map(person),
    cc: [],
    dateTimeCreated: new Date('2025-03-14T08:15:00Z'),
    body: { getAsync: (coercion, callback) => callback(ok(m.body || '')) },
    notificationMessages: { replaceAsync: (key, details, callback) => { notifications.push(details.message); callback && callback(ok()); } },
  });
  const settings = Object.assign({}, options.roamingSettings || {});
  const saves = [];
  const associated = [];
  const handlers = {};
  const EventType = { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged', DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
  const context = {
    displayLanguage: 'en-US',
    officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor || '#FFFFFF' },
    roamingSettings: {
      get: (key) => settings[key],
      set: (key, value) => { settings[key] = value; },
      remove: (key) => { delete settings[key]; },
      saveAsync: (callback) => { saves.push(JSON.parse(JSON.stringify(settings))); callback && callback(ok()); },
    },
    mailbox: {
      item: toItem(options.item),
      userProfile: { displayName: 'John Smith', emailAddress: 'jsmith@example.com' },
      addHandlerAsync: (type, handler, callback) => { (handlers[type] = handlers[type] || []).push(handler); callback && callback(ok()); },
      removeHandlerAsync: (type, callback) => { delete handlers[type]; callback && callback(ok()); },
    },
    ui: { displayDialogAsync: () => { throw new Error('no dialogs in the fake Outlook'); }, messageParent: () => undefined },
  };
  const fire = (type, args) => (handlers[type] || []).forEach((handler) => handler(Object.assign({ type }, args)));
  const info = { host: 'Outlook', platform: 'PC' };
  window.fakeOutlook = {
    settings, saves, notifications, handlers, associated,
    installed: false,
    select: (message) => { context.mailbox.item = toItem(message); fire(EventType.ItemChanged, {}); },
    setTheme: (color) => { context.officeTheme = { bodyBackgroundColor: color }; fire(EventType.OfficeThemeChanged, { officeTheme: context.officeTheme }); },
  };
  setTimeout(() => {
    window.Office = {
      onReady: (callback) => { if (callback) callback(info); return Promise.resolve(info); },
      HostType: { Outlook: 'Outlook' },
      PlatformType: { PC: 'PC' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType,
      CoercionType: { Text: 'text', Html: 'html' },
      MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' }, ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage' } },
      actions: { associate: (name) => { associated.push(name); } },
      context,
    };
    window.fakeOutlook.installed = true;
  }, options.delayMs);
})();`;
}

/**
 * Makes `page` load the fake Outlook instead of office.js from Microsoft's CDN (a page route wins
 * over the runner's context route that refuses the CDN).
 */
export async function routeFakeOutlook(page: Page, options: FakeOutlookOptions): Promise<void> {
  const body = fakeOfficeJs(options);
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body }));
}

/** Outlook's query parameter on add-in pages, as Outlook on Windows sends it. */
export const OUTLOOK_HOST_INFO = '_host_Info=Outlook$Win32$16.02$en-US$$$$0';

/** Selects `message` (or nothing) in the fake Outlook, which fires `ItemChanged` like a pinned pane sees it. */
export async function selectInOutlook(page: Page, message: FakeMessage | null): Promise<void> {
  await page.evaluate(`window.fakeOutlook.select(${JSON.stringify(message)})`);
}

/** The roaming settings the fake Outlook holds now. */
export async function outlookSettings(page: Page): Promise<Record<string, unknown>> {
  return (await page.evaluate('JSON.parse(JSON.stringify(window.fakeOutlook.settings))')) as Record<string, unknown>;
}
