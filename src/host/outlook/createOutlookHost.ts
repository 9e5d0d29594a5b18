import type { Host, HostTheme } from '../types';
import { outlookCurrentItem, outlookItemBody } from './outlookCurrentItem';
import { outlookDialog } from './outlookDialog';
import { outlookNotify } from './outlookNotify';
import { outlookRoamingSettings } from './outlookRoamingSettings';

/** Dark when the Office theme's body background is dark (relative luminance below one half). */
function themeOf(officeTheme: Office.OfficeTheme | undefined): HostTheme {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(officeTheme?.bodyBackgroundColor ?? '');
  if (!match) return 'light';
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

/** The host inside Outlook; call only after `Office.onReady` reported Outlook. */
export function createOutlookHost(context: Office.Context = Office.context): Host {
  const mailbox = context.mailbox;
  return {
    kind: 'outlook',
    displayLanguage: context.displayLanguage || 'en-US',
    theme: themeOf(context.officeTheme),
    roamingSettings: outlookRoamingSettings(context.roamingSettings),
    currentItem: () => outlookCurrentItem(mailbox),
    currentItemBody: () => outlookItemBody(mailbox),
    notify: (message, kind) => outlookNotify(mailbox, message, kind),
    openDialog: (url, size) => outlookDialog(context.ui, url, size),
    registerCommand: (name, handler) => Office.actions.associate(name, handler),
  };
}
