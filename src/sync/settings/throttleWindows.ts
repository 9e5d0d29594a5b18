import { flag } from './settingFlag';

// The administrator's throttling windows (`admin.throttling` of the deployment file): their type,
// their validation, and which one holds at a given local time.

/** Days as the deployment file names them, Sunday first as `Date.getDay()` counts them. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Hours in which the add-in goes easy on the Siebel Server (Siebel CRM Desktop's
 * `delays_schedule`): no automatic synchronization, and/or a pause before every request.
 * Local time of the user's computer; `to` before `from` runs past midnight.
 */
export interface ThrottleWindow {
  readonly days: readonly Weekday[];
  /** Minutes after midnight, inclusive. */
  readonly from: number;
  /** Minutes after midnight, exclusive. */
  readonly to: number;
  /** Automatic synchronization is skipped in the window (a Sync the user asks for still runs). */
  readonly autoSync: boolean;
  /** Milliseconds waited before each request to Siebel in the window; 0 = none. */
  readonly delayBetweenRequestsMs: number;
}

const WINDOW_KEYS = ['days', 'from', 'to', 'autoSync', 'delayBetweenRequestsMs', '$comment'];

/** A pause longer than a minute before each request would make a run take hours. */
const MAX_DELAY_MS = 60_000;
const NO_WINDOWS: readonly ThrottleWindow[] = Object.freeze([]);

function clock(value: unknown, name: string, problems: string[]): number {
  const match = typeof value === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  if (match) return Number(match[1]) * 60 + Number(match[2]);
  if (value === '24:00') return 24 * 60;
  problems.push(`${name} must be a time of day such as "08:30" (24-hour clock), not ${JSON.stringify(value)}`);
  return 0;
}

/** The `throttling` list of the `admin` section (absent: no window), each bad entry a problem. */
export function parseThrottleWindows(value: unknown, problems: string[]): readonly ThrottleWindow[] {
  if (value === undefined) return NO_WINDOWS;
  if (!Array.isArray(value)) {
    problems.push(
      `throttling must be a list of windows such as [{"days": ["mon"], "from": "09:00", "to": "12:00", "autoSync": false}]`,
    );
    return NO_WINDOWS;
  }
  return Object.freeze(value.map((entry, i) => throttleWindow(entry, `throttling[${i}]`, problems)));
}

function throttleWindow(entry: unknown, name: string, problems: string[]): ThrottleWindow {
  const fallback: ThrottleWindow = { days: [], from: 0, to: 0, autoSync: true, delayBetweenRequestsMs: 0 };
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    problems.push(`${name} must be an object with from, to and autoSync or delayBetweenRequestsMs`);
    return fallback;
  }
  const record = entry as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (!WINDOW_KEYS.includes(key))
      problems.push(
        `${name}: "${key}" is not a window setting (known: days, from, to, autoSync, delayBetweenRequestsMs)`,
      );
  const days = record.days === undefined ? [...WEEKDAYS] : record.days;
  const daysOk = Array.isArray(days) && days.length > 0 && days.every((d) => WEEKDAYS.includes(d as Weekday));
  if (!daysOk)
    problems.push(
      `${name}.days must be a non-empty list of ${WEEKDAYS.join(', ')}, not ${JSON.stringify(record.days)}`,
    );
  const from = clock(record.from, `${name}.from`, problems);
  const to = clock(record.to, `${name}.to`, problems);
  if (from === to) problems.push(`${name} is empty: from and to are the same time`);
  const autoSync = flag(record.autoSync, `${name}.autoSync`, true, problems);
  const delay = record.delayBetweenRequestsMs ?? 0;
  const delayOk = typeof delay === 'number' && Number.isInteger(delay) && delay >= 0 && delay <= MAX_DELAY_MS;
  if (!delayOk)
    problems.push(
      `${name}.delayBetweenRequestsMs must be whole milliseconds from 0 to ${MAX_DELAY_MS}, not ${JSON.stringify(delay)}`,
    );
  if (autoSync && delay === 0)
    problems.push(`${name} changes nothing: set "autoSync": false, a delayBetweenRequestsMs, or both`);
  return {
    days: daysOk ? Object.freeze([...new Set(days as Weekday[])]) : [],
    from,
    to,
    autoSync,
    delayBetweenRequestsMs: delayOk ? (delay as number) : 0,
  };
}

/** The throttling in force at `now` (the computer's local time): the strictest of the windows that hold it. */
export function throttleAt(
  admin: { readonly throttling: readonly ThrottleWindow[] },
  now: Date,
): { autoSync: boolean; delayBetweenRequestsMs: number } {
  const minutes = now.getHours() * 60 + now.getMinutes();
  const today = WEEKDAYS[now.getDay()];
  const yesterday = WEEKDAYS[(now.getDay() + 6) % 7];
  let autoSync = true;
  let delayBetweenRequestsMs = 0;
  for (const w of admin.throttling) {
    const inside =
      w.from < w.to
        ? w.days.includes(today) && minutes >= w.from && minutes < w.to
        : // Past midnight: the evening part belongs to the window's day, the morning part to the day after.
          (w.days.includes(today) && minutes >= w.from) || (w.days.includes(yesterday) && minutes < w.to);
    if (!inside) continue;
    autoSync &&= w.autoSync;
    delayBetweenRequestsMs = Math.max(delayBetweenRequestsMs, w.delayBetweenRequestsMs);
  }
  return { autoSync, delayBetweenRequestsMs };
}
