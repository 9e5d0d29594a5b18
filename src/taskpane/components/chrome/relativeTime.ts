/** The units a past moment is told in, largest first, with their length in ms. */
const UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * How long ago `then` was, in the largest whole unit (a negative value, as Intl.RelativeTimeFormat
 * takes it); `null` under a minute, which the caller says as "just now". A moment in the future (a
 * clock moved back) counts as now.
 *
 * @example
 * relativeTimeParts(now - 5 * 60_000, now) // { value: -5, unit: 'minute' }
 */
export function relativeTimeParts(
  then: number,
  now: number,
): { readonly value: number; readonly unit: Intl.RelativeTimeFormatUnit } | null {
  const elapsed = Math.max(0, now - then);
  for (const [unit, ms] of UNITS) if (elapsed >= ms) return { value: -Math.floor(elapsed / ms), unit };
  return null;
}

/**
 * "5 min. ago", "vor 2 Std.", "昨日" in `locale` (short style, words such as "yesterday" where the
 * language has them); `null` under a minute. A locale Intl does not know (the pseudo-locale) falls
 * back to `fallbackLocale`.
 */
export function formatRelativeTime(then: number, now: number, locale: string, fallbackLocale = 'en'): string | null {
  const parts = relativeTimeParts(then, now);
  if (!parts) return null;
  const supported = Intl.RelativeTimeFormat.supportedLocalesOf([locale]).length > 0;
  const format = new Intl.RelativeTimeFormat(supported ? locale : fallbackLocale, { style: 'short', numeric: 'auto' });
  return format.format(parts.value, parts.unit);
}
