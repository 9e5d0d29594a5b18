import { listenerSet } from '../internal/listenerSet';
import type { Host, HostTheme } from '../types';
import { mailboxEvent } from './mailboxEvent';
import { outlookCurrentItem, outlookItemBody } from './outlookCurrentItem';
import { outlookDialog } from './outlookDialog';
import { outlookMarkShared } from './outlookMarkShared';
import { outlookNewMessage } from './outlookNewMessage';
import { outlookNotify } from './outlookNotify';
import { outlookRoamingSettings } from './outlookRoamingSettings';

/** Dark when the Office theme's body background is dark (relative luminance below one half). */
export function themeOf(officeTheme: Office.OfficeTheme | undefined): HostTheme {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(officeTheme?.bodyBackgroundColor ?? '');
  if (!match) return 'light';
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

/**
 * The host inside Outlook; call only after `Office.onReady` reported Outlook. `onItemChanged`
 * follows the selection of a pinned task pane (`ItemChanged`, Mailbox 1.5); `onThemeChanged`
 * follows the Office theme (`OfficeThemeChanged`, Mailbox 1.14; older clients keep the first theme).
 */
export function createOutlookHost(context: Office.Context = Office.context): Host {
  const mailbox = context.mailbox;
  let theme = themeOf(context.officeTheme);
  const itemChanged = mailboxEvent<unknown>(mailbox, Office.EventType.ItemChanged, 'the selected item');
  const themeChanged = mailboxEvent<Office.OfficeThemeChangedEventArgs>(
    mailbox,
    Office.EventType.OfficeThemeChanged,
    'the Office theme',
  );
  const themeListeners = listenerSet<HostTheme>('the Office theme');
  // Registered on the first subscriber only: a function file (commands.html) may not handle this event.
  let followingTheme = false;
  return {
    kind: 'outlook',
    displayLanguage: context.displayLanguage || 'en-US',
    ...(context.diagnostics
      ? {
          diagnostics: {
            application: String(context.diagnostics.host ?? ''),
            platform: String(context.diagnostics.platform ?? ''),
            version: context.diagnostics.version ?? '',
          },
        }
      : {}),
    get theme() {
      return theme;
    },
    onItemChanged: (listener) => itemChanged.subscribe(() => listener()),
    onThemeChanged: (listener) => {
      if (!followingTheme) {
        followingTheme = true;
        themeChanged.subscribe((args) => {
          // The event carries the new theme; fall back to the context in case a build only updates that.
          theme = themeOf(args?.officeTheme ?? context.officeTheme);
          themeListeners.emit(theme);
        });
      }
      return themeListeners.add(listener);
    },
    roamingSettings: outlookRoamingSettings(context.roamingSettings),
    currentItem: () => outlookCurrentItem(mailbox),
    currentItemBody: () => outlookItemBody(mailbox),
    markShared: (mark) => outlookMarkShared(mailbox, context.requirements, mark),
    newMessage: (to) => outlookNewMessage(mailbox, context.requirements, to),
    notify: (message, kind) => outlookNotify(mailbox, message, kind),
    openDialog: (url, size, signal) => outlookDialog(context.ui, url, size, signal),
    registerCommand: (name, handler) => Office.actions.associate(name, handler),
  };
}
