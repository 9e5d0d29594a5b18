import type { FieldPicklist } from './fieldPicklist';
import type { PicklistValue, RecordValue } from './types';

type RecordsPicklist = Extract<FieldPicklist, { kind: 'records' }>;

/**
 * The values of a records-based pick-list, taken from the source object's local records: those
 * passing every condition, one entry per value (first label wins), in record order. With a
 * language property and a `locale`, records in the user's language are preferred: Siebel's
 * language codes (`ENU`, `DEU`, `FRA`) start with the ISO language (`en`, `de`, `fr`); when no
 * record matches, every language is offered rather than nothing.
 *
 * @example
 * const records = await db.whereEquals(picklist.objectTypeId, picklist.conditions[0].property, picklist.conditions[0].value);
 * const choices = picklistValuesFromRecords(picklist, records, 'de-DE');
 */
export function picklistValuesFromRecords(
  picklist: RecordsPicklist,
  records: readonly Readonly<Record<string, RecordValue | undefined>>[],
  locale?: string,
): PicklistValue[] {
  const text = (value: RecordValue | undefined) => (value === null || value === undefined ? '' : String(value));
  const passing = records.filter((record) =>
    picklist.conditions.every((c) => (text(record[c.property]) === c.value) === (c.op === '=')),
  );
  const language = locale?.trim().slice(0, 2).toLowerCase();
  const inLanguage =
    picklist.languageProperty && language
      ? passing.filter((record) => text(record[picklist.languageProperty!]).toLowerCase().startsWith(language))
      : [];
  const chosen = inLanguage.length > 0 ? inLanguage : passing;
  const values = new Map<string, PicklistValue>();
  for (const record of chosen) {
    const value = text(record[picklist.valueProperty]);
    if (value !== '' && !values.has(value))
      values.set(value, { value, label: text(record[picklist.labelProperty]) || value });
  }
  return [...values.values()];
}
