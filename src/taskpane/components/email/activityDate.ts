import type { Translator } from '../../../i18n';
import type { SiebelDataType } from '../../../metadata';

/**
 * An activity's date as the card shows it: the day only, short. DATE and DATETIME values are the
 * server's wall clock and are not shifted (as the detail view shows them); UTCDATETIME is local.
 */
export function activityDate(when: string, type: SiebelDataType, translator: Translator): string {
  const wall = type !== 'DTYPE_UTCDATETIME';
  const ms = Date.parse(wall ? `${when.slice(0, 19)}${when.length === 10 ? 'T00:00:00' : ''}Z` : when);
  if (Number.isNaN(ms)) return when;
  return translator.format.formatDate(ms, { dateStyle: 'medium', ...(wall ? { timeZone: 'UTC' } : {}) });
}
