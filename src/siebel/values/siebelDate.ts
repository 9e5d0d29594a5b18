/**
 * Siebel's date text (`MM/DD/YYYY HH:MM:SS`, see shared/spec/data-sync.md §7) to and from times.
 * Times are read and written in UTC: the simulator and our SearchSpecs agree on that, and it
 * keeps results independent of the machine's time zone.
 */
const SIEBEL_DATE = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `ms` as `MM/DD/YYYY HH:MM:SS` (UTC). */
export function formatSiebelDateTime(ms: number): string {
  const d = new Date(ms);
  return `${formatSiebelDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The day of `ms` as `MM/DD/YYYY` (UTC). */
export function formatSiebelDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(d.getUTCFullYear(), 4)}`;
}

/**
 * Siebel date text as an ISO 8601 string that sorts as text: `YYYY-MM-DD` when `dateOnly`,
 * else `YYYY-MM-DDTHH:MM:SS` (plus `Z` when `utc`). Returns `null` for text that is no valid date.
 */
export function siebelDateToIso(text: string, options: { dateOnly?: boolean; utc?: boolean } = {}): string | null {
  const match = SIEBEL_DATE.exec(text.trim());
  if (!match) return null;
  const [, mm, dd, yyyy, hh = '00', mi = '00', ss = '00'] = match;
  const ms = Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd), Number(hh), Number(mi), Number(ss));
  const d = new Date(ms);
  // Date.UTC rolls 02/30 over to 03/01; such text is not a date.
  if (
    d.getUTCMonth() !== Number(mm) - 1 ||
    d.getUTCDate() !== Number(dd) ||
    Number(hh) > 23 ||
    Number(mi) > 59 ||
    Number(ss) > 59
  )
    return null;
  const day = `${yyyy}-${mm}-${dd}`;
  if (options.dateOnly) return day;
  return `${day}T${hh}:${mi}:${ss}${options.utc ? 'Z' : ''}`;
}

/** Siebel date text read as UTC milliseconds, `null` when it is no valid date. */
export function siebelDateToMs(text: string): number | null {
  const iso = siebelDateToIso(text, { utc: true });
  return iso === null ? null : Date.parse(iso);
}
