/**
 * The custom property an item carries once shared (Office item custom properties, per add-in,
 * kept with the item in the mailbox; saved in compose mode they stay on the sent copy but are not
 * sent to recipients). Small JSON, far below Office's 2,500-character limit for all properties.
 */
export const SHARE_PROPERTY = 'crmDesktopShare';

/** What {@link SHARE_PROPERTY} holds: a version, the share key, and when it was recorded. */
export interface SharePropertyValue {
  readonly v: 1;
  readonly key: string;
  /** ISO 8601. */
  readonly sharedAt: string;
}

/** The value written for `shareKey` at `now`. */
export function sharePropertyValue(shareKey: string, now: Date): string {
  const value: SharePropertyValue = { v: 1, key: shareKey, sharedAt: now.toISOString() };
  return JSON.stringify(value);
}

/**
 * The share key in a stored property value; `null` for anything else (absent, hand-edited,
 * another version), because a broken property must not stop the item from showing.
 */
export function shareKeyOfProperty(raw: unknown): string | null {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  }
  const key = (value as Partial<SharePropertyValue> | null)?.key;
  return (value as Partial<SharePropertyValue> | null)?.v === 1 && typeof key === 'string' && key.trim() !== ''
    ? key
    : null;
}
