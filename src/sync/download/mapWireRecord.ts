import type { FieldDefinition, ObjectType } from '../../metadata';
import type { WireRecord } from '../../siebel';
import type { FieldValue, StoredRecord } from '../../store';
import { siebelDateToIso } from '../../siebel';

type StoredValue = FieldValue;

/** The mapped record, or why it could not be mapped (becomes a synchronization issue). */
export type MappedRecord =
  | { readonly ok: true; readonly id: string; readonly record: StoredRecord }
  | { readonly ok: false; readonly id?: string; readonly problem: string };

/**
 * Maps a wire record (text values) to stored values by the field's data type: dates
 * `MM/DD/YYYY HH:MM:SS` → ISO 8601 text (so they sort), numbers → number, `Y`/`N` → boolean,
 * empty → null. A missing Id or a value of the wrong type makes the whole record a problem.
 */
export function mapWireRecord(object: ObjectType, wire: WireRecord): MappedRecord {
  const id = (wire[object.primaryKey] ?? '').trim();
  if (id === '') return { ok: false, problem: `a ${object.typeId} record without ${object.primaryKey} was skipped` };
  const record: Record<string, FieldValue> = {};
  for (const field of object.fields) {
    const text = wire[field.ioElemName] ?? '';
    const value = toStoredValue(field, text);
    if (value === undefined) {
      return {
        ok: false,
        id,
        problem: `${object.typeId} ${id}: "${text}" is not a valid ${field.dataType} value for ${field.name}`,
      };
    }
    record[field.ioElemName] = value;
  }
  return { ok: true, id, record };
}

/** The stored value of one field, `undefined` when the text does not fit the type. */
export function toStoredValue(field: Pick<FieldDefinition, 'dataType'>, text: string): StoredValue | undefined {
  if (text === '') return null;
  switch (field.dataType) {
    case 'DTYPE_BOOL':
      return /^(y|true)$/i.test(text) ? true : /^(n|false)$/i.test(text) ? false : undefined;
    case 'DTYPE_INTEGER':
      return /^-?\d+$/.test(text.trim()) ? Number(text) : undefined;
    case 'DTYPE_NUMBER':
    case 'DTYPE_CURRENCY':
      return toNumber(text);
    case 'DTYPE_DATE':
      return siebelDateToIso(text, { dateOnly: true }) ?? undefined;
    case 'DTYPE_DATETIME':
      return siebelDateToIso(text) ?? undefined;
    case 'DTYPE_UTCDATETIME':
      return siebelDateToIso(text, { utc: true }) ?? undefined;
    case 'DTYPE_ID':
    case 'DTYPE_TEXT':
    case 'DTYPE_NOTE':
    case 'DTYPE_PHONE':
      return text;
    default:
      return undefined;
  }
}

function toNumber(text: string): number | undefined {
  // Number('') and Number(' ') are 0, and Number('0x10') is 16: accept plain decimals only.
  if (!/^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(text)) return undefined;
  return Number(text);
}
