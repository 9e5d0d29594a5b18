import type { FieldDefinition } from '../../metadata';
import type { FieldValue } from '../../store';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A stored value as Siebel text: the reverse of `toStoredValue` (mapWireRecord.ts). `null` → ''
 * (an empty element clears the field), booleans → `Y`/`N`, ISO dates → `MM/DD/YYYY[ HH:MM:SS]`.
 * A date-time with an offset is moved to UTC first, the zone Siebel text is read in here.
 */
export function toWireText(field: Pick<FieldDefinition, 'dataType'>, value: FieldValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'Y' : 'N';
  if (typeof value === 'number') return String(value);
  switch (field.dataType) {
    case 'DTYPE_DATE':
      return isoToSiebel(value, true);
    case 'DTYPE_DATETIME':
    case 'DTYPE_UTCDATETIME':
      return isoToSiebel(value, false);
    case 'DTYPE_BOOL':
      return /^(y|true)$/i.test(value) ? 'Y' : /^(n|false)$/i.test(value) ? 'N' : value;
    default:
      return value;
  }
}

function isoToSiebel(text: string, dateOnly: boolean): string {
  const match = ISO.exec(text.trim());
  // Not ISO (e.g. already Siebel text): sent as it is; the server judges it.
  if (!match) return text;
  const [, yyyy, mm, dd, hh = '00', mi = '00', ss = '00', zone] = match;
  if (zone && zone !== 'Z') {
    const utc = new Date(text.trim());
    if (!Number.isNaN(utc.getTime())) return formatUtc(utc, dateOnly);
  }
  return dateOnly ? `${mm}/${dd}/${yyyy}` : `${mm}/${dd}/${yyyy} ${hh}:${mi}:${ss}`;
}

function formatUtc(d: Date, dateOnly: boolean): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${String(d.getUTCFullYear()).padStart(4, '0')}`;
  return dateOnly ? day : `${day} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
