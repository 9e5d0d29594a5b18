import { DeploymentSettingsError } from '../errors/DeploymentSettingsError';
import { DEFAULT_SHARE_KEY_FIELD } from '../local/shareKeyField';

/**
 * The `share` section of the deployment file: the names "Share with Siebel" depends on that are a
 * deployment's choice, not a protocol fact (docs/local-changes.md, "Share identity").
 */
export interface ShareSettings {
  /**
   * The Action field that carries an Outlook item's share key. The deployment adds it to the Action
   * business component and to its package (and declares it the Action's natural key), so a second
   * share of one item finds the first activity on the server. A package without the field shares
   * without that server-side check.
   */
  readonly keyField: string;
  /**
   * The Outlook category applied to a shared item (it must exist in the mailbox's category list);
   * `null` = apply none.
   */
  readonly category: string | null;
}

/** Our own defaults: Oracle documents no standard Action field for the key (unconfirmed). */
export const DEFAULT_SHARE_SETTINGS: ShareSettings = Object.freeze({
  keyField: DEFAULT_SHARE_KEY_FIELD,
  category: 'Shared with Siebel',
});

/** Siebel field names are at most 75 characters; an Outlook category name at most 255. */
const MAX_FIELD_NAME = 75;
const MAX_CATEGORY_NAME = 255;

const KNOWN_KEYS = ['keyField', 'category', '$comment'];

/**
 * Validates the deployment file's `share` section (absent = the defaults), every problem at once.
 *
 * @example
 * parseShareSettings({ keyField: 'Email Message Key', category: null }, 'deployment.json');
 * @throws DeploymentSettingsError naming the file and each bad setting
 */
export function parseShareSettings(input: unknown, source: string): ShareSettings {
  if (input === undefined || input === null) return DEFAULT_SHARE_SETTINGS;
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new DeploymentSettingsError(
      [
        'the "share" section must be a JSON object such as {"keyField": "CRMD Share Key", "category": "Shared with Siebel"}',
      ],
      source,
      'share',
    );
  }
  const record = input as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record))
    if (!KNOWN_KEYS.includes(key)) problems.push(`"${key}" is not a share setting (known: keyField, category)`);
  const keyField = record.keyField ?? DEFAULT_SHARE_SETTINGS.keyField;
  if (typeof keyField !== 'string' || keyField.trim() === '' || keyField.length > MAX_FIELD_NAME) {
    problems.push(
      `keyField must name a field of the package's Action object (1 to ${MAX_FIELD_NAME} characters), not ${JSON.stringify(record.keyField)}`,
    );
  }
  const category = record.category === undefined ? DEFAULT_SHARE_SETTINGS.category : record.category;
  if (
    category !== null &&
    (typeof category !== 'string' || category.trim() === '' || category.length > MAX_CATEGORY_NAME)
  ) {
    problems.push(
      `category must be an Outlook category name (1 to ${MAX_CATEGORY_NAME} characters) or null for none, not ${JSON.stringify(record.category)}`,
    );
  }
  if (problems.length > 0) throw new DeploymentSettingsError(problems, source, 'share');
  return Object.freeze({
    keyField: (keyField as string).trim(),
    category: category === null ? null : (category as string).trim(),
  });
}
