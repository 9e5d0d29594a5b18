import type { Dexie } from 'dexie';
import type { SendingMark } from '../../types';
import { OUTBOX, outboxOf } from './localTables';

/**
 * Adds each mark's values to its pending update's `sending`, in one transaction (see
 * `DataDatabase.markSending`). A field marked by an earlier call whose answer never came stays
 * marked (with the newer value when sent again).
 */
export function markSending(dexie: Dexie, sent: readonly SendingMark[]): Promise<void> {
  const marks = sent.filter((mark) => Object.keys(mark.values).length > 0);
  if (marks.length === 0) return Promise.resolve();
  return dexie.transaction('rw', [OUTBOX], async () => {
    const outbox = outboxOf(dexie);
    for (const mark of marks) {
      const pending = await outbox.get([mark.typeId, mark.recordId]);
      if (pending?.operation !== 'update') continue;
      await outbox.put({ ...pending, sending: { ...pending.sending, ...mark.values } });
    }
  });
}
