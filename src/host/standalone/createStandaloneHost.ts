import { createLogger } from '../../shared';
import type { CommandHandler, Host, NotificationKind } from '../types';
import { bodyFromQuery, itemFromQuery } from './sampleItem';
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

/** The host outside Outlook: settings in localStorage, a sample mail item, notifications as DOM events. */
export function createStandaloneHost(options: StandaloneOptions): Host {
  const params = new URLSearchParams(options.search);
  const item = itemFromQuery(params.get('item'));
  const body = bodyFromQuery(params.get('item'));
  const target = options.target ?? (typeof window === 'undefined' ? undefined : window);
  let listening = false;
  return {
    kind: 'standalone',
    displayLanguage: options.language ?? 'en-US',
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    roamingSettings: standaloneRoamingSettings(options.storage),
    currentItem: async () => item,
    currentItemBody: async () => body,
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
