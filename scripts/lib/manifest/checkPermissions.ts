import { child, textOf } from './xmlTree';
import type { XmlElement } from './xmlTree';

/** Outlook's permission levels, least first. */
export const PERMISSION_LEVELS = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'] as const;

/**
 * The most this add-in may ask for: it reads the open item (subject, people, dates, body), shows
 * notifications, and writes one thing to it: the "Shared with Siebel" category of a shared item
 * (`item.categories.addAsync`, which needs read/write item; the share key in the item's custom
 * properties needs only read item). README "Outlook" justifies the level; a feature that needs
 * more (ReadWriteMailbox, e.g. to create the category in the mailbox's list) raises this constant
 * together with that justification.
 */
export const MAX_PERMISSION = 'ReadWriteItem';

/** `<Permissions>` names a real level, and no more than {@link MAX_PERMISSION}. */
export function checkPermissions(root: XmlElement): string[] {
  const asked = textOf(child(root, 'Permissions'));
  const rank = (PERMISSION_LEVELS as readonly string[]).indexOf(asked);
  if (rank === -1) return [`<Permissions> "${asked}" is not one of ${PERMISSION_LEVELS.join(', ')}`];
  if (rank > PERMISSION_LEVELS.indexOf(MAX_PERMISSION)) {
    return [
      `<Permissions> asks for ${asked}, more than the add-in needs (${MAX_PERMISSION}: it reads the item and writes only its category) — lower it, or raise MAX_PERMISSION and say in README "Outlook" which feature writes`,
    ];
  }
  return [];
}
