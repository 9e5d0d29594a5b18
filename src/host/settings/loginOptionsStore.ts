import { HostError } from '../errors/HostError';
import type { RoamingSettings } from '../types';
import { DEFAULT_AUTO_SYNC_MINUTES, LOGIN_OPTIONS_KEY, MAX_OPTIONS_BYTES } from './LoginOptions';
import type { LoginOptions } from './LoginOptions';

/** Field names that must never reach the mailbox. */
const SECRET_NAMES = /pass(word)?|pwd|token|secret|session/i;

function parse(raw: unknown): Record<string, unknown> | null {
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  }
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
}

/**
 * Reads the login options, or `null` before the first sign-in. A damaged value reads as
 * `null` (the wizard starts again) rather than stopping the add-in.
 */
export function readLoginOptions(settings: RoamingSettings): LoginOptions | null {
  const value = parse(settings.get(LOGIN_OPTIONS_KEY));
  if (!value || typeof value.serverUrl !== 'string' || typeof value.userName !== 'string' || value.serverUrl === '')
    return null;
  const minutes =
    typeof value.autoSyncMinutes === 'number' && Number.isFinite(value.autoSyncMinutes)
      ? Math.max(0, value.autoSyncMinutes)
      : DEFAULT_AUTO_SYNC_MINUTES;
  return {
    serverUrl: value.serverUrl,
    userName: value.userName,
    autoSyncMinutes: minutes,
    ...(typeof value.syncFilterPreset === 'string' ? { syncFilterPreset: value.syncFilterPreset } : {}),
  };
}

/**
 * Throws when `options` carries something that looks like a credential: a secret-like field
 * name, or a server URL with a user name, password or token inside it.
 */
export function assertNoSecrets(options: LoginOptions): void {
  const secretField = Object.keys(options).find((key) => SECRET_NAMES.test(key));
  if (secretField) {
    throw new HostError(
      `Saving the login options was refused: the field "${secretField}" looks like a credential — passwords and tokens are never stored in Outlook's roaming settings`,
    );
  }
  let url: URL | null;
  try {
    url = new URL(options.serverUrl);
  } catch {
    url = null;
  }
  if (url && (url.username || url.password || [...url.searchParams.keys()].some((key) => SECRET_NAMES.test(key)))) {
    throw new HostError(
      'Saving the login options was refused: the server URL contains a user name, password or token — remove it from the address and enter credentials in the sign-in fields',
    );
  }
}

/**
 * Stores `options` under one key and saves the roaming settings. Rejects with a `HostError`
 * when they look like credentials, are too big, or Outlook refuses to save.
 */
export async function writeLoginOptions(settings: RoamingSettings, options: LoginOptions): Promise<void> {
  assertNoSecrets(options);
  const json = JSON.stringify(options);
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > MAX_OPTIONS_BYTES) {
    throw new HostError(
      `Saving the login options was refused: they take ${bytes} bytes, more than ${MAX_OPTIONS_BYTES} — shorten the server URL`,
    );
  }
  settings.set(LOGIN_OPTIONS_KEY, json);
  try {
    await settings.save();
  } catch (error) {
    const detail = (error as Error)?.message ?? String(error);
    throw new HostError(
      `Your login options could not be saved to your mailbox (${detail}) — they apply until Outlook restarts; check your connection and save again`,
      { cause: error },
    );
  }
}

/** Removes the login options (sign-out) and saves. */
export async function clearLoginOptions(settings: RoamingSettings): Promise<void> {
  settings.remove(LOGIN_OPTIONS_KEY);
  await settings.save();
}
