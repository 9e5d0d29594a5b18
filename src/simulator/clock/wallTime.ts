import { SimulatorOptionError } from '../SimulatorOptionError';

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall time of instant `ms` in an IANA time zone, as the ms of that same wall time read as UTC:
 * what a server that writes local stamps without a zone marker puts on the wire. The simulator keeps
 * every stamp in this form, so stamps and criteria literals compare as the texts do.
 *
 * @example
 * formatSiebelDateTime(wallTime(Date.UTC(2024, 0, 31, 15), 'America/New_York')); // '01/31/2024 10:00:00'
 */
export function wallTime(ms: number, timeZone: string): number {
  if (timeZone === 'UTC') return ms;
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wholeSeconds = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wholeSeconds + (((ms % 1000) + 1000) % 1000);
}

/** Throws `SimulatorOptionError` unless the runtime knows the IANA zone name. */
export function checkTimeZone(timeZone: string, option = 'timeZone'): void {
  try {
    formatterFor(timeZone);
  } catch {
    throw new SimulatorOptionError(
      option,
      `Unknown time zone "${timeZone}" — use an IANA name such as UTC, Europe/Berlin or America/New_York`,
    );
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
