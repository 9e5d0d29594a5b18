import { HostError } from '../errors/HostError';
import type { RoamingSettings } from '../types';

/** The localStorage key that stands in for Outlook's roaming settings outside Outlook. */
export const STANDALONE_SETTINGS_KEY = 'crm-desktop.roamingSettings';

function load(storage: Storage): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STANDALONE_SETTINGS_KEY) ?? '{}');
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...(parsed as object) } : {};
  } catch {
    // A hand-edited or truncated value must not stop the add-in from starting.
    return {};
  }
}

/** Roaming settings kept in `localStorage`, with Outlook's semantics: nothing persists before `save`. */
export function standaloneRoamingSettings(storage: Storage): RoamingSettings {
  const values = load(storage);
  return {
    get: (key) => values[key],
    set: (key, value) => {
      values[key] = value;
    },
    remove: (key) => {
      delete values[key];
    },
    save: async () => {
      try {
        storage.setItem(STANDALONE_SETTINGS_KEY, JSON.stringify(values));
      } catch (error) {
        throw new HostError(
          `The browser could not save the add-in settings: localStorage refused "${STANDALONE_SETTINGS_KEY}" — free some site storage and try again`,
          { cause: error },
        );
      }
    },
  };
}
