import type { Page } from 'playwright-core';

/** A read-mode message as the fake Outlook hands it to the add-in (`Office.context.mailbox.item`). */
export interface FakeMessage {
  readonly subject: string;
  /** `''` for a draft, which has none until it is sent. */
  readonly internetMessageId: string;
  readonly from: { readonly displayName: string; readonly emailAddress: string };
  readonly to?: ReadonlyArray<{ readonly displayName: string; readonly emailAddress: string }>;
  readonly body?: string;
  /** The Exchange item id; by default made from the internet message id. */
  readonly itemId?: string;
  /** Open in compose mode (a saved draft: values behind `getAsync`, its id from `getItemIdAsync`). */
  readonly compose?: boolean;
  /**
   * The item id this one is a copy of: Outlook keeps the custom properties and categories of a
   * draft on its sent copy, and of an item on the item after a move (which gets a new id).
   */
  readonly carryFrom?: string;
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
  /** The mailbox's category list: `categories.addAsync` refuses others with `InvalidCategory`. */
  readonly masterCategories?: readonly string[];
}

/**
 * The page-side fake, written as a string because tsx would wrap named inner functions in a
 * `__name` helper the page lacks. It installs an Outlook-shaped `window.Office` after
 * `delayMs` and `window.fakeOutlook` to drive it: `select(message | null)` fires `ItemChanged`
 * (a message with `carryFrom` keeps what that item carried: a simulated send or move),
 * `setTheme(color)` fires `OfficeThemeChanged`, `settings` / `saves` / `notifications` /
 * `associated` (ribbon functions registered), `mailboxItems` (custom properties and categories
 * by item id) and `newMessages` (the parameters of each `displayNewMessageForm`) record what the
 * add-in did.
 */
function fakeOfficeJs(options: FakeOutlookOptions): string {
  return `(() => {
  const options = ${JSON.stringify(options)};
  const ok = (value) => ({ status: 'succeeded', value });
  const person = (p) => ({ displayName: p.displayName, emailAddress: p.emailAddress });
  const notifications = [];
  // What the mailbox keeps with each item (by item id): the add-in's custom properties and categories.
  const mailboxItems = {};
  const stateOf = (id) => (mailboxItems[id] = mailboxItems[id] || { properties: {}, categories: [] });
  const master = options.masterCategories || ['Shared with Siebel'];
  const withValue = (value) => ({ getAsync: (callback) => callback(ok(value)) });
  const toItem = (m) => {
    if (!m) return m;
    const itemId = m.itemId || 'AAMkAD-' + m.internetMessageId.replace(/[^a-z0-9]/gi, '');
    if (m.carryFrom && mailboxItems[m.carryFrom]) {
      const from = mailboxItems[m.carryFrom];
      mailboxItems[itemId] = { properties: Object.assign({}, from.properties), categories: from.categories.slice() };
    }
    const state = stateOf(itemId);
    const shared = {
      itemType: 'message',
      body: { getAsync: (coercion, callback) => callback(ok(m.body || '')) },
      notificationMessages: { replaceAsync: (key, details, callback) => { notifications.push(details.message); callback && callback(ok()); } },
      loadCustomPropertiesAsync: (callback) => {
        const pending = Object.assign({}, state.properties);
        callback(ok({
          get: (name) => pending[name],
          set: (name, value) => { pending[name] = value; },
          remove: (name) => { delete pending[name]; },
          getAll: () => Object.assign({}, pending),
          saveAsync: (done) => { state.properties = Object.assign({}, pending); done && done(ok()); },
        }));
      },
      categories: {
        getAsync: (callback) => callback(ok(state.categories.map((name) => ({ displayName: name, color: 'Preset4' })))),
        addAsync: (names, callback) => {
          const unknown = names.filter((name) => !master.includes(name));
          if (unknown.length > 0) return callback && callback({ status: 'failed', error: { name: 'InvalidCategory', message: 'Invalid categories were provided.', code: 9045 } });
          names.forEach((name) => { if (!state.categories.includes(name)) state.categories.push(name); });
          callback && callback(ok());
        },
      },
    };
    if (m.compose) {
      return Object.assign(shared, {
        subject: withValue(m.subject),
        from: withValue(person(m.from)),
        to: withValue((m.to || []).map(person)),
        cc: withValue([]),
        getItemIdAsync: (callback) => callback(ok(itemId)),
      });
    }
    return Object.assign(shared, {
      itemId,
      internetMessageId: m.internetMessageId,
      subject: m.subject,
      from: person(m.from),
      to: (m.to || []).map(person),
      cc: [],
      dateTimeCreated: new Date('2025-03-14T08:15:00Z'),
    });
  };
  const settings = Object.assign({}, options.roamingSettings || {});
  const saves = [];
  const associated = [];
  // Every new message form the add-in opened (displayNewMessageForm's parameters).
  const newMessages = [];
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
      displayNewMessageForm: (parameters) => { newMessages.push(JSON.parse(JSON.stringify(parameters))); },
    },
    ui: { displayDialogAsync: () => { throw new Error('no dialogs in the fake Outlook'); }, messageParent: () => undefined },
    requirements: { isSetSupported: (name, version) => name === 'Mailbox' && Number(version) <= 1.8 },
  };
  const fire = (type, args) => (handlers[type] || []).forEach((handler) => handler(Object.assign({ type }, args)));
  const info = { host: 'Outlook', platform: 'PC' };
  window.fakeOutlook = {
    settings, saves, notifications, handlers, associated, mailboxItems, newMessages,
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
 * over the context route of fixtures.ts that refuses the CDN).
 */
export async function routeFakeOutlook(page: Page, options: FakeOutlookOptions): Promise<void> {
  const body = fakeOfficeJs(options);
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body }),
  );
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

/** What the fake mailbox keeps with an item: the add-in's custom properties and the categories. */
export async function outlookItemState(
  page: Page,
  itemId: string,
): Promise<{ properties: Record<string, string>; categories: string[] } | null> {
  return (await page.evaluate(
    `JSON.parse(JSON.stringify(window.fakeOutlook.mailboxItems[${JSON.stringify(itemId)}] || null))`,
  )) as { properties: Record<string, string>; categories: string[] } | null;
}

/** The parameters of every new message form the add-in opened (`displayNewMessageForm`), oldest first. */
export async function outlookNewMessages(page: Page): Promise<Array<{ toRecipients?: unknown[] }>> {
  return (await page.evaluate('JSON.parse(JSON.stringify(window.fakeOutlook.newMessages))')) as Array<{
    toRecipients?: unknown[];
  }>;
}
