import type { RoamingSettings } from '../types';
import { fromAsync } from './fromAsync';

/** Wraps `Office.context.roamingSettings`; `save` rejects with a `HostError` when Outlook refuses it. */
export function outlookRoamingSettings(settings: Office.RoamingSettings): RoamingSettings {
  return {
    get: (key) => settings.get(key) as unknown,
    set: (key, value) => settings.set(key, value),
    remove: (key) => settings.remove(key),
    save: () => fromAsync<void>('save the add-in settings', (done) => settings.saveAsync(done)),
  };
}
