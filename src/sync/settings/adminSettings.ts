import { validateServerUrl } from '../../siebel';
import { DeploymentSettingsError } from '../errors/DeploymentSettingsError';
import { flag } from './settingFlag';
import { parseThrottleWindows, type ThrottleWindow } from './throttleWindows';

export { throttleAt, WEEKDAYS, type ThrottleWindow, type Weekday } from './throttleWindows';

/**
 * The `admin` section of the deployment file: what a CRM administrator of Siebel CRM Desktop
 * controls centrally (docs/deployment.md lists every setting with an example).
 */
export interface AdminSettings {
  /** The Siebel EAI URL pre-filled in the first-run wizard; `null` = the add-in's own default. */
  readonly serverUrl: string | null;
  /** The user cannot change the server URL (wizard and Options show it as set by the administrator). */
  readonly lockServerUrl: boolean;
  /** Automatic synchronization intervals users may choose, in minutes (0 = off), ascending (`CustomSyncPeriods`). */
  readonly autoSyncChoices: readonly number[];
  /** The interval of a fresh install; one of `autoSyncChoices`. */
  readonly defaultAutoSyncMinutes: number;
  /** Whether "Remember my password" is offered (Siebel CRM Desktop's hidden "Save Password" box). */
  readonly offerRememberPassword: boolean;
  readonly throttling: readonly ThrottleWindow[];
  /**
   * "Open in Siebel" link per type id (`*` = any other type): a URL of the Siebel web client with
   * `{id}` (and optionally `{type}`) replaced by the URL-encoded record Id and type. Empty = no link.
   */
  readonly openInSiebel: Readonly<Record<string, string>>;
  /**
   * The map search a record's "Map" action opens: a URL with `{query}` replaced by the URL-encoded
   * address (street, city, postal code, country). Default: Bing Maps ({@link DEFAULT_MAP_URL}).
   */
  readonly mapUrl: string;
  /** Who to contact, shown in Options and with errors that send the user to the administrator; `null` = none. */
  readonly supportContact: string | null;
}

/** Bing Maps' search: the map service Outlook itself links addresses to. */
export const DEFAULT_MAP_URL = 'https://www.bing.com/maps?q={query}';

export const DEFAULT_AUTO_SYNC_CHOICES: readonly number[] = Object.freeze([0, 15, 30, 60, 120, 240]);

/** Everything open, as the add-in behaves without an `admin` section. */
export const DEFAULT_ADMIN_SETTINGS: AdminSettings = Object.freeze({
  serverUrl: null,
  lockServerUrl: false,
  autoSyncChoices: DEFAULT_AUTO_SYNC_CHOICES,
  defaultAutoSyncMinutes: 30,
  offerRememberPassword: true,
  throttling: Object.freeze([]),
  openInSiebel: Object.freeze({}),
  mapUrl: DEFAULT_MAP_URL,
  supportContact: null,
});

const KNOWN_KEYS = [
  'serverUrl',
  'lockServerUrl',
  'autoSyncMinutes',
  'defaultAutoSyncMinutes',
  'offerRememberPassword',
  'throttling',
  'openInSiebel',
  'mapUrl',
  'supportContact',
  '$comment',
];
/** A day: a longer interval is not "automatic" any more. */
const MAX_INTERVAL_MINUTES = 24 * 60;
const MAX_SUPPORT_TEXT = 500;

/**
 * Validates the deployment file's `admin` section (absent = {@link DEFAULT_ADMIN_SETTINGS}), every
 * problem at once.
 *
 * @example
 * parseAdminSettings({ serverUrl: 'https://crm.example.com/eai', lockServerUrl: true }, 'deployment.json');
 * @throws DeploymentSettingsError naming the file and each bad setting
 */
export function parseAdminSettings(input: unknown, source: string): AdminSettings {
  if (input === undefined || input === null) return DEFAULT_ADMIN_SETTINGS;
  if (typeof input !== 'object' || Array.isArray(input))
    throw new DeploymentSettingsError(
      ['the "admin" section must be a JSON object such as {"serverUrl": "https://…", "lockServerUrl": true}'],
      source,
      'admin',
    );
  const record = input as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record))
    if (!KNOWN_KEYS.includes(key))
      problems.push(
        `"${key}" is not an admin setting (known: ${KNOWN_KEYS.filter((k) => k !== '$comment').join(', ')})`,
      );
  const serverUrl = optionalUrl(record.serverUrl, 'serverUrl', problems);
  const lockServerUrl = flag(record.lockServerUrl, 'lockServerUrl', false, problems);
  if (lockServerUrl && serverUrl === null)
    problems.push('lockServerUrl needs serverUrl: the URL the users are locked to');
  const autoSyncChoices = intervals(record.autoSyncMinutes, problems);
  const defaultAutoSyncMinutes = defaultInterval(record.defaultAutoSyncMinutes, autoSyncChoices, problems);
  const settings: AdminSettings = {
    serverUrl,
    lockServerUrl,
    autoSyncChoices,
    defaultAutoSyncMinutes,
    offerRememberPassword: flag(record.offerRememberPassword, 'offerRememberPassword', true, problems),
    throttling: parseThrottleWindows(record.throttling, problems),
    openInSiebel: links(record.openInSiebel, problems),
    mapUrl: mapPattern(record.mapUrl, problems),
    supportContact: supportText(record.supportContact, problems),
  };
  if (problems.length > 0) throw new DeploymentSettingsError(problems, source, 'admin');
  return Object.freeze(settings);
}

/** Why `text` cannot be a Siebel URL (the wizard's own rules, `validateServerUrl`), or `null`. */
function urlProblem(text: string): string | null {
  try {
    validateServerUrl(text);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function optionalUrl(value: unknown, name: string, problems: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    problems.push(`${name} must be a URL string, not ${JSON.stringify(value)}`);
    return null;
  }
  // The value is not echoed: a URL with credentials in it would put them in an error message.
  const problem = urlProblem(value);
  if (problem) problems.push(`${name}: ${problem}`);
  return problem ? null : value.trim();
}

function intervals(value: unknown, problems: string[]): readonly number[] {
  if (value === undefined) return DEFAULT_AUTO_SYNC_CHOICES;
  const ok =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((m) => Number.isInteger(m) && (m as number) >= 0 && (m as number) <= MAX_INTERVAL_MINUTES);
  if (!ok) {
    problems.push(
      `autoSyncMinutes must be a non-empty list of whole minutes from 0 (off) to ${MAX_INTERVAL_MINUTES}, such as [0, 30, 60], not ${JSON.stringify(value)}`,
    );
    return DEFAULT_AUTO_SYNC_CHOICES;
  }
  return Object.freeze([...new Set(value as number[])].sort((a, b) => a - b));
}

function defaultInterval(value: unknown, choices: readonly number[], problems: string[]): number {
  if (value === undefined) {
    if (choices.includes(DEFAULT_ADMIN_SETTINGS.defaultAutoSyncMinutes))
      return DEFAULT_ADMIN_SETTINGS.defaultAutoSyncMinutes;
    // The shortest interval that is not "off": automatic sync stays on unless only "off" is allowed.
    return choices.find((m) => m > 0) ?? 0;
  }
  if (typeof value === 'number' && choices.includes(value)) return value;
  problems.push(
    `defaultAutoSyncMinutes must be one of autoSyncMinutes (${choices.join(', ')}), not ${JSON.stringify(value)}`,
  );
  return choices[0];
}

function links(value: unknown, problems: string[]): Readonly<Record<string, string>> {
  if (value === undefined) return DEFAULT_ADMIN_SETTINGS.openInSiebel;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(
      'openInSiebel must be an object of URL patterns by type id, such as {"Account": "https://…&SWERowId={id}"}',
    );
    return DEFAULT_ADMIN_SETTINGS.openInSiebel;
  }
  const result: Record<string, string> = {};
  for (const [typeId, pattern] of Object.entries(value as Record<string, unknown>)) {
    if (typeId === '$comment') continue;
    const name = `openInSiebel.${typeId}`;
    if (typeof pattern !== 'string' || !pattern.includes('{id}')) {
      problems.push(`${name} must be a URL with {id} where the record's Id goes, not ${JSON.stringify(pattern)}`);
      continue;
    }
    const problem = urlProblem(pattern.replaceAll('{id}', 'ID').replaceAll('{type}', 'TYPE'));
    if (problem) problems.push(`${name}: ${problem}`);
    else result[typeId] = pattern;
  }
  return Object.freeze(result);
}

function mapPattern(value: unknown, problems: string[]): string {
  if (value === undefined || value === null) return DEFAULT_MAP_URL;
  if (typeof value !== 'string' || !value.includes('{query}')) {
    problems.push(
      // The value is not echoed, as with serverUrl: a URL may carry credentials.
      `mapUrl must be a URL with {query} where the address goes, such as "${DEFAULT_MAP_URL}"`,
    );
    return DEFAULT_MAP_URL;
  }
  const problem = urlProblem(value.replaceAll('{query}', 'QUERY'));
  if (problem) problems.push(`mapUrl: ${problem}`);
  return problem ? DEFAULT_MAP_URL : value.trim();
}

/** The map search for `address` (the administrator's `mapUrl`, Bing Maps by default). */
export function mapSearchUrl(admin: AdminSettings, address: string): string {
  return admin.mapUrl.replaceAll('{query}', encodeURIComponent(address));
}

function supportText(value: unknown, problems: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() !== '' && value.length <= MAX_SUPPORT_TEXT) return value.trim();
  problems.push(
    `supportContact must be a text of 1 to ${MAX_SUPPORT_TEXT} characters, such as "CRM helpdesk, +1 555 0100"`,
  );
  return null;
}

/** The server URL users are locked to, or `null` when the administrator locked none. */
export function lockedServerUrl(admin: AdminSettings): string | null {
  return admin.lockServerUrl ? admin.serverUrl : null;
}

/** Whether a saved server URL is not the one the administrator locked (the user must sign in to that one). */
export function isOffLockedServer(admin: AdminSettings, serverUrl: string): boolean {
  const locked = lockedServerUrl(admin);
  return locked !== null && locked !== serverUrl;
}

/** The "Open in Siebel" URL of a record, or `null` when the administrator configured none for its type. */
export function openInSiebelUrl(admin: AdminSettings, typeId: string, id: string): string | null {
  const pattern = admin.openInSiebel[typeId] ?? admin.openInSiebel['*'];
  if (!pattern) return null;
  return pattern.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{type}', encodeURIComponent(typeId));
}
