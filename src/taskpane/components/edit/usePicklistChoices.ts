import { picklistValuesFromRecords, type PicklistValue } from '../../../metadata';
import type { DataDatabase, StoredRecord } from '../../../store';
import { useAsync } from '../records/useAsync';
import { usePackageLocale } from '../records/useLocale';
import type { EditItem } from './editPlan';

/** Records read at most for one list: a list of values is short, a mistake should not read a whole table. */
export const PICKLIST_RECORD_LIMIT = 1000;

/**
 * The values a pick-list field offers: the package's own values, or those of the local records of
 * the list-of-values object it names (read through the type condition's index when there is one).
 * While the records load, and when reading them fails, the list is empty (the field then takes
 * free text, as without a pick-list).
 */
export function usePicklistChoices(db: DataDatabase, item: EditItem): readonly PicklistValue[] {
  // The package's values in the package's language (Outlook's), as its labels are shown.
  const locale = usePackageLocale();
  const picklist = item.recordsPicklist;
  const loaded = useAsync(async () => {
    if (!picklist) return [];
    const equal = picklist.conditions.find((c) => c.op === '=');
    const records: StoredRecord[] = equal
      ? await db.whereEquals(picklist.objectTypeId, equal.property, equal.value)
      : await db.list(picklist.objectTypeId, { offset: 0, limit: PICKLIST_RECORD_LIMIT });
    return picklistValuesFromRecords(picklist, records, locale);
  }, [db, picklist, locale]);
  if (!picklist) return item.choices;
  return loaded.status === 'done' ? loaded.value : [];
}
