import type { Dexie } from 'dexie';
import { EditsClosedError } from '../../errors/EditsClosedError';
import { OUTBOX, outboxOf } from './localTables';

/** The table and row that mark a database closed for the user's edits (next to the sync state row). */
export const EDITS_CLOSED_TABLE = '_syncState';
const EDITS_CLOSED_KEY = 'editsClosed';

/**
 * How long a mark holds. A swap takes milliseconds, and a failed one takes its mark off; the limit
 * only matters when the process died between the mark and the swap: the user's saves are then
 * refused until the next run starts (it takes the mark off: it holds the sync lock, so no swap is
 * under way) or for this long, never for good.
 */
export const EDITS_CLOSED_FOR_MS = 60_000;

interface EditsClosedRow {
  readonly key: string;
  readonly at: number;
}

/*
 * Why: an initial run swaps a new database in for the one the user edits. It counts that
 * database's unsent changes first (and stops if there are any), but the count and the swap are two
 * steps, in two databases: a save landing between them went into the database being dropped and
 * was lost without a trace (soak seed 14000065). The count therefore closes the database for edits
 * in the same transaction when it finds none, and every save checks the mark inside its own
 * transaction: a save either comes before the count (and stops the swap) or is refused with an
 * error the user sees, never lost.
 */

/**
 * Counts the unsent changes and, when there are none, closes the database for edits, in one
 * transaction. Returns the count.
 */
export function closeForEdits(dexie: Dexie, now: number): Promise<number> {
  return dexie.transaction('rw', [OUTBOX, EDITS_CLOSED_TABLE], async () => {
    const pending = await outboxOf(dexie).count();
    if (pending === 0)
      await dexie.table<EditsClosedRow, string>(EDITS_CLOSED_TABLE).put({ key: EDITS_CLOSED_KEY, at: now });
    return pending;
  });
}

/** Takes the mark off (a swap that failed after the count, or a run starting after one that died). */
export async function reopenForEdits(dexie: Dexie): Promise<void> {
  await dexie.table(EDITS_CLOSED_TABLE).delete(EDITS_CLOSED_KEY);
}

/** Inside a save's transaction (which must include {@link EDITS_CLOSED_TABLE}): refuses it while the mark holds. */
export async function refuseWhileClosed(dexie: Dexie, now: number): Promise<void> {
  const row = await dexie.table<EditsClosedRow, string>(EDITS_CLOSED_TABLE).get(EDITS_CLOSED_KEY);
  if (row && now - row.at < EDITS_CLOSED_FOR_MS) throw new EditsClosedError();
}
