import type { Store } from '../../store';
import { DEFAULT_ADMIN_SETTINGS, type AdminSettings, type SyncEngine } from '../../sync';
import { useAppContext } from '../AppContext';
import type { AppServices } from '../AppServices';

/** The services given to `<App>` (host, store, engine, vault, connection checks). */
export function useAppServices(): AppServices {
  return useAppContext().services;
}

/** The sync engine of the task pane. */
export function useEngine(): SyncEngine {
  return useAppContext().services.engine;
}

/** The local store (data databases, sync log, settings). */
export function useStore(): Store {
  return useAppContext().services.store;
}

/** What the CRM administrator set in the deployment file (`admin`); everything open when nothing was set. */
export function useAdminSettings(): AdminSettings {
  return useAppContext().services.admin ?? DEFAULT_ADMIN_SETTINGS;
}
