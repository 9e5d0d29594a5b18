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
  readonly subject: string;
  readonly from: MailAddress | null;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly itemType: 'message' | 'appointment';
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

/** Everything the UI and the commands may ask of Office, with promises instead of callbacks. */
export interface Host {
  readonly kind: HostKind;
  /** BCP 47 tag of the Office UI language, e.g. `en-US`. */
  readonly displayLanguage: string;
  readonly theme: HostTheme;
  readonly roamingSettings: RoamingSettings;
  /** The item open in the reading pane or compose form; `null` when there is none. */
  currentItem(): Promise<MailItemSummary | null>;
  /** Shows a notification bar on the current item (standalone: a page event and a log line). */
  notify(message: string, kind: NotificationKind): Promise<void>;
  /**
   * Opens a same-origin page in an Office dialog (percentages of the screen) and resolves with the
   * first message it sends, or `null` when closed. Absent where there are no dialogs (standalone).
   */
  openDialog?(url: string, size: { height: number; width: number }): Promise<string | null>;
  /** Makes `handler` the function behind an `ExecuteFunction` button named `name` in manifest.xml. */
  registerCommand(name: string, handler: CommandHandler): void;
}
