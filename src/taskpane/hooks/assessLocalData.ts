import type { LocalDataRecord } from '../../host';

/** What the store said about the active database: not known yet, one is there, none is, or it could not be read. */
export type DatabasePresence = 'loading' | 'present' | 'absent' | 'failed';

/** What {@link assessLocalData} decides from. */
export interface LocalDataFacts {
  /** The mailbox's record that CRM Desktop has synchronized (roaming settings); `null` when none. */
  readonly record: LocalDataRecord | null;
  /** Login options exist: the first-run wizard is done in some Outlook of this mailbox. */
  readonly signedIn: boolean;
  readonly database: DatabasePresence;
}

/** What to do about this Outlook's local data. */
export interface LocalDataAssessment {
  /** The mailbox says a sync was done, this Outlook has no data: tell the user what was lost. */
  readonly lost: boolean;
  /** This Outlook holds data the mailbox does not record yet: write the record. */
  readonly writeRecord: boolean;
  /** There is data worth keeping here: ask the browser to keep it (`persist()`). */
  readonly askToKeep: boolean;
}

/**
 * Compares the mailbox's record with the local store. Pure: the caller reads the facts and does
 * what the answer says. A store that is still opening or failed to open decides nothing (the views
 * that read the data show that failure); without a record, "no data" means "never synchronized here".
 *
 * @example
 * assessLocalData({ record: { firstSyncedAt: '2025-03-03T09:00:00Z' }, signedIn: true, database: 'absent' }).lost; // true
 */
export function assessLocalData({ record, signedIn, database }: LocalDataFacts): LocalDataAssessment {
  const present = database === 'present';
  return {
    lost: database === 'absent' && record !== null && signedIn,
    writeRecord: present && record === null,
    askToKeep: present,
  };
}
