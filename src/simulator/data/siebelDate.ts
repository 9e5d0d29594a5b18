const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * Siebel's date-time format `MM/DD/YYYY HH:MM:SS` of a wall-time ms (read as UTC: the simulator
 * keeps server stamps as the wall time of the server's zone, see `clock/wallTime`). No zone marker.
 */
export function formatSiebelDateTime(ms: number): string {
  const d = new Date(ms);
  return `${formatSiebelDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Siebel's date format `MM/DD/YYYY` of a wall-time ms (read as UTC). */
export function formatSiebelDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
}

/**
 * Parses `MM/DD/YYYY` or `MM/DD/YYYY HH:MM[:SS]` into a wall-time ms (read as UTC), so a criteria
 * literal means that wall time in the server's zone, as the stamps it compares with do.
 * `undefined` when it is not such a date.
 */
export function parseSiebelDate(text: string): number | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!match) return undefined;
  const [, month, day, year, hours = '0', minutes = '0', seconds = '0'] = match;
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds));
  const check = new Date(ms);
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) return undefined;
  return ms;
}
