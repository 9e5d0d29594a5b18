import { useEffect, useRef, useState } from 'react';
import { readLocalDataRecord, writeLocalDataRecord } from '../../host';
import type { LocalDataRecord } from '../../host';
import { createLogger } from '../../shared';
import { useAppContext } from '../AppContext';
import { assessLocalData } from './assessLocalData';
import { useActiveDatabaseHandle } from './useActiveDatabaseHandle';
import { useBrowserStorage } from './useBrowserStorage';

const log = createLogger('taskpane');

/** The outcome of {@link useLocalDataCheck}. */
export interface LocalDataCheck {
  /** The mailbox records a synchronization but this Outlook has no CRM data. */
  readonly lost: boolean;
  readonly record: LocalDataRecord | null;
}

/**
 * Watches this Outlook's local data against the mailbox's record: once data is here it records
 * that in the roaming settings (once per mailbox) and asks the browser to keep it; when the record
 * exists but the data does not, it reports the data as lost. Mount it once, where the task pane
 * starts (it writes to the mailbox).
 *
 * @example
 * const { lost } = useLocalDataCheck();
 * lost && <LocalDataLostNotice />
 */
export function useLocalDataCheck(): LocalDataCheck {
  const { services, session } = useAppContext();
  const storage = useBrowserStorage();
  const { presence } = useActiveDatabaseHandle();
  const [record, setRecord] = useState(() => readLocalDataRecord(services.host.roamingSettings));
  const { lost, writeRecord, askToKeep } = assessLocalData({
    record,
    signedIn: session.options !== null,
    database: presence,
  });
  const writing = useRef(false);
  useEffect(() => {
    if (!writeRecord || writing.current) return;
    writing.current = true;
    const next: LocalDataRecord = { firstSyncedAt: new Date(services.clock?.now() ?? Date.now()).toISOString() };
    // A failed write only costs the notice should this Outlook lose its data; the next start tries again.
    writeLocalDataRecord(services.host.roamingSettings, next).then(
      () => setRecord(next),
      (e: unknown) => log.warn((e as Error)?.message ?? String(e)),
    );
  }, [writeRecord, services]);
  useEffect(() => {
    if (!askToKeep) return;
    // Whatever the browser answers, Options shows it; a refusal is not an error the user can act on here.
    storage.requestPersistence().catch((e: unknown) => log.warn((e as Error)?.message ?? String(e)));
  }, [askToKeep, storage]);
  return { lost, record };
}
