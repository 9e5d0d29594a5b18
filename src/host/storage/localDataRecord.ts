import { HostError } from '../errors/HostError';
import type { RoamingSettings } from '../types';

/**
 * The roaming-settings key that records that CRM Desktop of this mailbox has held synchronized
 * data. It follows the user to every Outlook, while the data itself stays in each Outlook's
 * browser storage: the record is what tells "never synchronized" from "the local data is gone".
 */
export const LOCAL_DATA_RECORD_KEY = 'crmDesktop.localData';

/** What {@link LOCAL_DATA_RECORD_KEY} holds (JSON). */
export interface LocalDataRecord {
  /** ISO 8601: when an Outlook of this mailbox was first seen holding synchronized CRM data. */
  readonly firstSyncedAt: string;
}

/** The record, or `null` when there is none or it is damaged (then it is simply written again). */
export function readLocalDataRecord(settings: RoamingSettings): LocalDataRecord | null {
  let value = settings.get(LOCAL_DATA_RECORD_KEY);
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  const at = (value as { firstSyncedAt?: unknown } | null)?.firstSyncedAt;
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? { firstSyncedAt: at } : null;
}

/**
 * Stores the record and saves the roaming settings; rejects with a `HostError` when Outlook refuses.
 * Meant to be written once per mailbox: `save` writes every roaming setting of this runtime, so a
 * write in the background could put back login options another Outlook changed since this one started.
 */
export async function writeLocalDataRecord(settings: RoamingSettings, record: LocalDataRecord): Promise<void> {
  settings.set(LOCAL_DATA_RECORD_KEY, JSON.stringify({ firstSyncedAt: record.firstSyncedAt }));
  try {
    await settings.save();
  } catch (error) {
    const detail = (error as Error)?.message ?? String(error);
    throw new HostError(
      `Recording in your mailbox that CRM Desktop has synchronized failed (${detail}): without it the add-in cannot tell you later if this Outlook loses its local data — it tries again the next time the task pane opens`,
      { cause: error },
    );
  }
}
