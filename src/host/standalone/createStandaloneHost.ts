import { createLogger } from '../../shared';
import { listenerSet } from '../internal/listenerSet';
import { messageShareKeyOrNull, uniqueKeys } from '../share/shareKeys';
import { SHARE_PROPERTY, shareKeyOfProperty, sharePropertyValue } from '../share/shareProperty';
import type {
  CommandHandler,
  Host,
  HostTheme,
  MailItemSummary,
  NotificationKind,
  ShareMark,
  ShareMarkResult,
} from '../types';
import { bodyFromQuery, identityFromQuery, itemFromQuery, type StandaloneIdentity } from './sampleItem';
import { standaloneItemStore, type StandaloneItemStore } from './standaloneItemStore';
import { standaloneRoamingSettings } from './standaloneRoamingSettings';

/** Name of the DOM event a standalone page receives for every `notify` call. */
export const NOTIFICATION_EVENT = 'crm-desktop:notification';

/**
 * Name of the DOM event that runs a registered command on a standalone page, as a ribbon click
 * would: `detail` is the command name. When the handler calls `completed()`,
 * {@link COMMAND_COMPLETED_EVENT} is dispatched with the same name.
 */
export const RUN_COMMAND_EVENT = 'crm-desktop:run-command';
/** Dispatched when a command started by {@link RUN_COMMAND_EVENT} called `completed()`. */
export const COMMAND_COMPLETED_EVENT = 'crm-desktop:command-completed';

/**
 * Name of the DOM event that selects another sample item on a standalone page, as a click on
 * another message does in Outlook: `detail` is what `?item=` takes (`'none'`, or JSON overriding
 * the sample). Lets browser tests and demos exercise the pinned-pane behaviour without Outlook.
 */
export const SELECT_ITEM_EVENT = 'crm-desktop:select-item';
/** Name of the DOM event that switches a standalone page's theme: `detail` is `'light'` or `'dark'`. */
export const THEME_EVENT = 'crm-desktop:theme';

/** The `detail` of a {@link NOTIFICATION_EVENT}. */
export interface NotificationEventDetail {
  readonly message: string;
  readonly kind: NotificationKind;
}

/** What a standalone host reads from its page; injected so tests need no real window. */
export interface StandaloneOptions {
  /** The page's query string, e.g. `?standalone&item=none&theme=dark`. */
  readonly search: string;
  readonly storage: Storage;
  readonly language?: string;
  /** Receives notifications and commands; defaults to `window` when there is one. */
  readonly target?: EventTarget;
}

const log = createLogger('host');

/** Registered commands, so a standalone page (or a browser test) can run a ribbon command by name. */
export const standaloneCommands = new Map<string, CommandHandler>();

function runByEvent(event: Event, target: EventTarget): void {
  const name = String((event as CustomEvent).detail);
  const handler = standaloneCommands.get(name);
  if (!handler) return log.warn(`no command "${name}" is registered on this page`);
  void handler({ completed: () => target.dispatchEvent(new CustomEvent(COMMAND_COMPLETED_EVENT, { detail: name })) });
}

/** The item with the share key it carries (custom property, else its internet message id) and its keys. */
async function withIdentity(
  item: MailItemSummary,
  identity: StandaloneIdentity,
  items: StandaloneItemStore,
): Promise<MailItemSummary> {
  const recorded = shareKeyOfProperty(items.get(item.itemKey).properties[SHARE_PROPERTY]);
  const shareKey = recorded ?? (await messageShareKeyOrNull(identity.internetMessageId));
  return { ...item, shareKey, itemKeys: uniqueKeys([identity.internetMessageId, item.itemKey]) };
}

/**
 * Records the share on the made-up item, as Outlook would: `masterCategories` (the page's
 * `?masterCategories=A,B`) stands in for the mailbox's category list; absent, any category exists.
 */
function markStandalone(
  items: StandaloneItemStore,
  item: MailItemSummary | null,
  mark: ShareMark,
  masterCategories: readonly string[] | null,
): ShareMarkResult {
  if (!item || item.itemKey === '') return { recorded: false, category: 'failed', problem: 'no item is open' };
  items.setProperty(item.itemKey, SHARE_PROPERTY, sharePropertyValue(mark.shareKey, new Date()));
  if (mark.category === null) return { recorded: true, category: 'none' };
  if (masterCategories && !masterCategories.includes(mark.category))
    return { recorded: true, category: 'notInMasterList' };
  items.addCategory(item.itemKey, mark.category);
  return { recorded: true, category: 'applied' };
}

function themeFrom(value: unknown): HostTheme {
  return value === 'dark' ? 'dark' : 'light';
}

/**
 * The host outside Outlook: settings in localStorage, a sample mail item (marked `isSample`) whose
 * custom properties and categories live in localStorage (see `standaloneItemStore`),
 * notifications as DOM events; {@link SELECT_ITEM_EVENT} and {@link THEME_EVENT} stand in for
 * Outlook's `ItemChanged` and `OfficeThemeChanged`. It has no `newMessage`: a plain browser has no
 * message form to open, so the UI links to `mailto:` instead, which the browser hands to the
 * computer's mail program.
 */
export function createStandaloneHost(options: StandaloneOptions): Host {
  const params = new URLSearchParams(options.search);
  const items = standaloneItemStore(options.storage);
  const masterParam = params.get('masterCategories');
  const masterCategories =
    masterParam === null
      ? null
      : masterParam
          .split(',')
          .map((c) => c.trim())
          .filter((c) => c !== '');
  let item: MailItemSummary | null = itemFromQuery(params.get('item'));
  let identity = identityFromQuery(params.get('item'), item);
  let body = bodyFromQuery(params.get('item'));
  // A selected item that is the sent copy or moved version of another keeps what that one carried.
  const carry = () => {
    if (item && identity.carryFrom) items.carry(identity.carryFrom, item.itemKey);
  };
  carry();
  let theme = themeFrom(params.get('theme'));
  const itemListeners = listenerSet<void>('the selected item');
  const themeListeners = listenerSet<HostTheme>('the theme');
  const target = options.target ?? (typeof window === 'undefined' ? undefined : window);
  target?.addEventListener(SELECT_ITEM_EVENT, (event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    const param = typeof detail === 'string' ? detail : null;
    item = itemFromQuery(param);
    identity = identityFromQuery(param, item);
    body = bodyFromQuery(param);
    carry();
    itemListeners.emit();
  });
  target?.addEventListener(THEME_EVENT, (event) => {
    theme = themeFrom((event as CustomEvent<unknown>).detail);
    themeListeners.emit(theme);
  });
  let listening = false;
  return {
    kind: 'standalone',
    displayLanguage: options.language ?? 'en-US',
    get theme() {
      return theme;
    },
    onItemChanged: (listener) => itemListeners.add(listener),
    onThemeChanged: (listener) => themeListeners.add(listener),
    roamingSettings: standaloneRoamingSettings(options.storage),
    currentItem: async () => (item ? withIdentity(item, identity, items) : null),
    currentItemBody: async () => body,
    markShared: async (mark) => markStandalone(items, item, mark, masterCategories),
    notify: async (message, kind) => {
      log.info(`notification (${kind}): ${message}`);
      const detail: NotificationEventDetail = { message, kind };
      target?.dispatchEvent(new CustomEvent(NOTIFICATION_EVENT, { detail }));
    },
    registerCommand: (name, handler) => {
      if (!listening && target) {
        listening = true;
        target.addEventListener(RUN_COMMAND_EVENT, (event) => runByEvent(event, target));
      }
      standaloneCommands.set(name, handler);
    },
  };
}
