import type { BrowserStorage } from './storage/BrowserStorage';

/** Where the add-in runs: inside Outlook, or in a plain browser tab (development, browser tests). */
export type HostKind = 'outlook' | 'standalone';

/** Light or dark, as the Office theme (or the standalone page) asks. */
export type HostTheme = 'light' | 'dark';

/** How a notification on the current item looks. */
export type NotificationKind = 'info' | 'error';

/** A person on a mail item. */
export interface MailAddress {
  readonly name: string;
  readonly email: string;
}

/** What the add-in needs to know about the item open in Outlook. */
export interface MailItemSummary {
  /**
   * What identifies the item across openings: its internet message id, else its Exchange item id;
   * `''` for a new item that has no id yet (it cannot be shared until it is saved or sent).
   */
  readonly itemKey: string;
  /**
   * The share key the item carries already: the one an earlier share recorded in its custom
   * properties, else one derived from its internet message id (the same on every copy of a
   * message); `null` when it has none yet (a draft, a meeting never shared). See `share/shareKeys`.
   * Absent where a host does not know it (test fakes): treated as `null`.
   */
  readonly shareKey?: string | null;
  /**
   * Every key the item has now (internet message id, item id), each once: a share made under an
   * earlier one (before the item was sent or moved) is found by them. Absent: just `itemKey`.
   */
  readonly itemKeys?: readonly string[];
  readonly subject: string;
  /** The sender (a message) or the organizer (an appointment). */
  readonly from: MailAddress | null;
  /** Recipients, or an appointment's required attendees. */
  readonly to: readonly MailAddress[];
  /** Copy recipients, or an appointment's optional attendees. */
  readonly cc: readonly MailAddress[];
  readonly itemType: 'message' | 'appointment';
  /** The mailbox's user sent it (or is writing it): an outbound email rather than an inbound one. */
  readonly sentByUser: boolean;
  /**
   * The mailbox user's own address, lower case (Outlook's `userProfile.emailAddress`): the rep among
   * the recipients is nobody to look up or add as a contact. Absent where unknown (the standalone page).
   */
  readonly userEmail?: string;
  /** ISO 8601: when a message was received or created, an appointment's start; `null` when unknown. */
  readonly date: string | null;
  /** ISO 8601: an appointment's end; `null` for a message. */
  readonly end: string | null;
  /**
   * `true` only for the item the standalone host makes up (no Outlook around it). The UI marks it
   * as a sample and shares it with nothing but the embedded simulator, so a demo item can never
   * reach a real Siebel Server. Absent for every item Outlook hands out.
   */
  readonly isSample?: boolean;
}

/** What {@link Host.markShared} records on the current item. */
export interface ShareMark {
  /** Written to the item's custom properties, where every later opening of the item reads it. */
  readonly shareKey: string;
  /**
   * The Outlook category applied to the item (it must exist in the mailbox's category list);
   * `null` when the deployment applies none.
   */
  readonly category: string | null;
}

/**
 * How applying the category went: `applied` (or it was there); `notInMasterList`: the mailbox has
 * no category of that name and the add-in may not create one (that needs the mailbox permission
 * we do not ask for); `unsupported`: this Outlook has no category API for add-ins (below Mailbox
 * 1.8); `notAllowed`: the item refuses changes (read-only, shared folder without rights);
 * `failed`: anything else; `none`: no category was asked for (deployment `share.category: null`).
 * None of these undoes the share.
 */
export type CategoryOutcome = 'applied' | 'notInMasterList' | 'unsupported' | 'notAllowed' | 'failed' | 'none';

/** The result of {@link Host.markShared}: never a rejection, since the share itself is done. */
export interface ShareMarkResult {
  /** The share key was saved in the item's custom properties. */
  readonly recorded: boolean;
  readonly category: CategoryOutcome;
  /** Office's own words when something went wrong (no secrets: item ids and keys are not in them). */
  readonly problem?: string;
}

/**
 * Per-user settings that follow the mailbox (Office roaming settings).
 * `set`/`remove` change the in-memory copy; `save` persists it and rejects with a `HostError`.
 */
export interface RoamingSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  save(): Promise<void>;
}

/** The event Outlook passes to a ribbon command; `completed` must be called exactly once. */
export interface CommandEvent {
  completed(): void;
}

/** A ribbon command handler (`ExecuteFunction` in manifest.xml). */
export type CommandHandler = (event: CommandEvent) => void | Promise<void>;

/** Ends a subscription made with {@link Host.onItemChanged} or {@link Host.onThemeChanged}. */
export type Unsubscribe = () => void;

/** Everything the UI and the commands may ask of Office, with promises instead of callbacks. */
export interface Host {
  readonly kind: HostKind;
  /** BCP 47 tag of the Office UI language, e.g. `en-US`. */
  readonly displayLanguage: string;
  /** The theme now: it changes when Office reports a new theme (see {@link Host.onThemeChanged}). */
  readonly theme: HostTheme;
  /**
   * Calls `listener` after the user selected another item while the task pane stayed open (a pinned
   * pane, Outlook's `ItemChanged`); `currentItem()` then answers for the new item, or `null` when
   * nothing is selected. Optional: hosts whose item never changes (test fakes) leave it out.
   */
  onItemChanged?(listener: () => void): Unsubscribe;
  /** Calls `listener` with the new theme when the Office theme changes (Outlook's `OfficeThemeChanged`). */
  onThemeChanged?(listener: (theme: HostTheme) => void): Unsubscribe;
  readonly roamingSettings: RoamingSettings;
  /** The item open in the reading pane or compose form; `null` when there is none. */
  currentItem(): Promise<MailItemSummary | null>;
  /** The current item's body as plain text (`''` when no item is open); rejects with a `HostError`. */
  currentItemBody(): Promise<string>;
  /**
   * Records a share on the current item itself, best-effort: the share key in the item's custom
   * properties (follows the item to its sent copy, another folder, another Outlook) and the
   * category. Optional: hosts without a mailbox item (test fakes) leave it out.
   */
  markShared?(mark: ShareMark): Promise<ShareMarkResult>;
  /**
   * Opens Outlook's form for a new message to `to`; rejects with a `HostError` where Outlook cannot
   * open it (older than Mailbox 1.6, a compose form around the pane). Absent outside Outlook
   * (standalone): there the UI links to `mailto:`, which a browser hands to the computer's mail program.
   */
  newMessage?(to: MailAddress): Promise<void>;
  /** Shows a notification bar on the current item (standalone: a page event and a log line). */
  notify(message: string, kind: NotificationKind): Promise<void>;
  /**
   * Opens a same-origin page in an Office dialog (percentages of the screen) and resolves with the
   * first message it sends, or `null` when closed or when `signal` aborts (the dialog is closed then).
   * Absent where there are no dialogs (standalone).
   */
  openDialog?(url: string, size: { height: number; width: number }, signal?: AbortSignal): Promise<string | null>;
  /** Makes `handler` the function behind an `ExecuteFunction` button named `name` in manifest.xml. */
  registerCommand(name: string, handler: CommandHandler): void;
  /**
   * The Storage API of the browser or webview the add-in runs in (persistence, usage, quota).
   * Optional: where absent, the UI uses `createBrowserStorage()`; test fakes put a fake here.
   */
  readonly storage?: BrowserStorage;
  /**
   * The Office application, its platform and version (`Office.context.diagnostics`), for the
   * helpdesk's diagnostic report; absent outside Outlook.
   */
  readonly diagnostics?: HostDiagnostics;
}

/** What Office says about itself (`Office.context.diagnostics`). */
export interface HostDiagnostics {
  readonly application: string;
  readonly platform: string;
  readonly version: string;
}
