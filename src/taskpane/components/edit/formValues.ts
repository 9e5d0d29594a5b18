import type { MessageId } from '../../../i18n';
import type { FieldValue, StoredRecord } from '../../../store';
import type { EditControl, EditGroup, EditItem } from './editPlan';

/** What the form holds per ioElemName: text for inputs, a boolean for check boxes. */
export type FormState = Readonly<Record<string, string | boolean>>;

/** Why a control's text is not a value of its type: the id of the message the form shows. */
export type FormProblem = Extract<MessageId, `edit.problem.${string}`>;

/** A form value read back as a stored value, or why it cannot be one. */
export type ReadValue =
  { readonly ok: true; readonly value: FieldValue } | { readonly ok: false; readonly problem: FormProblem };

const pad = (n: number) => String(n).padStart(2, '0');

/** How numbers are written in the user's language (`.` and `,` in English, `,` and `.` in German). */
export interface NumberStyle {
  readonly decimal: string;
  readonly group: string;
}

/** English, and Siebel's wire: `1,250.5`. */
export const POINT_DECIMAL: NumberStyle = { decimal: '.', group: ',' };

/** The separators of `locale` (`de-DE`: `,` and `.`; `de-CH`: `.` and `'`), as Intl writes 1234.5 there. */
export function numberStyleOf(locale: string): NumberStyle {
  try {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234.5);
    const part = (type: string) => parts.find((p) => p.type === type)?.value;
    return { decimal: part('decimal') ?? '.', group: part('group') ?? '' };
  } catch {
    return POINT_DECIMAL;
  }
}

/**
 * A number as the user types it: digits with one decimal separator, the language's or a point
 * (`3,5` and `3.5` in German), and no group separators. Where the point groups thousands (German,
 * Spanish), `1.250` could mean 1250 or 1.25: it is refused rather than guessed, since a wrong
 * guess would store a thousandth of the revenue; `1250` and `1,25` are unambiguous.
 */
function readNumber(text: string, style: NumberStyle): number | undefined {
  if (style.decimal !== '.' && style.group === '.' && /^-?\d{1,3}(\.\d{3})+$/.test(text)) return undefined;
  const point = style.decimal === '.' ? text : text.replace(style.decimal, '.');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(point) ? Number(point) : undefined;
}

/**
 * The stored value as the control shows it. DATE and DATETIME values are the server's wall clock
 * and are shown unshifted; UTCDATETIME values are shown in the browser's zone, as Outlook does.
 */
export function toFormValue(
  value: FieldValue | undefined,
  control: EditControl,
  numbers: NumberStyle = POINT_DECIMAL,
): string | boolean {
  if (control === 'bool') return value === true;
  if (value === null || value === undefined) return '';
  const text = String(value);
  switch (control) {
    case 'number':
      // The stored number in the user's way of writing it (3.5 → `3,5` in German), without grouping so
      // that it reads back as typed; a value that is no plain decimal (`1e21`) is shown as it is.
      return typeof value === 'number' && /^-?\d+(\.\d+)?$/.test(text) ? text.replace('.', numbers.decimal) : text;
    case 'date':
      return text.slice(0, 10);
    case 'datetime':
      return text.slice(0, 16);
    case 'utcdatetime': {
      const ms = Date.parse(text);
      if (Number.isNaN(ms)) return text;
      const d = new Date(ms);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    }
    default:
      return text;
  }
}

/** The control's value as the store keeps it (ISO dates, numbers, null for empty). */
export function fromFormValue(
  input: string | boolean,
  control: EditControl,
  numbers: NumberStyle = POINT_DECIMAL,
): ReadValue {
  if (typeof input === 'boolean') return { ok: true, value: input };
  const text = control === 'textarea' ? input : input.trim();
  if (text === '') return { ok: true, value: null };
  switch (control) {
    case 'number': {
      const value = readNumber(text, numbers);
      return value === undefined ? { ok: false, problem: 'edit.problem.number' } : { ok: true, value };
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? { ok: true, value: text } : { ok: false, problem: 'edit.problem.date' };
    case 'datetime':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text)
        ? { ok: true, value: `${text}:00` }
        : { ok: false, problem: 'edit.problem.dateTime' };
    case 'utcdatetime': {
      // `new Date('YYYY-MM-DDTHH:MM')` reads the text in the browser's zone: what the user typed.
      const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) ? new Date(text).getTime() : Number.NaN;
      return Number.isNaN(ms)
        ? { ok: false, problem: 'edit.problem.dateTime' }
        : { ok: true, value: `${new Date(ms).toISOString().slice(0, 19)}Z` };
    }
    default:
      return { ok: true, value: text };
  }
}

/** The form's starting values: the record's (edit) or empty ones (new record). */
export function initialFormState(
  groups: readonly EditGroup[],
  record: StoredRecord | null,
  numbers: NumberStyle = POINT_DECIMAL,
): FormState {
  const state: Record<string, string | boolean> = {};
  for (const item of allItems(groups))
    state[item.field.ioElemName] = toFormValue(record?.[item.field.ioElemName], item.control, numbers);
  return state;
}

/** What a save sends: the values to store, or the fields whose text is not a value of their type. */
export type FormValues =
  | { readonly ok: true; readonly values: Readonly<Record<string, FieldValue>> }
  | { readonly ok: false; readonly problems: Readonly<Record<string, FormProblem>> };

/**
 * The values to save. For a new record every filled field; for an edit only the fields the user
 * changed, so a value the form cannot show exactly (seconds of a time) is never rewritten by accident.
 */
export function formValues(
  groups: readonly EditGroup[],
  state: FormState,
  initial: FormState,
  isNew: boolean,
  numbers: NumberStyle = POINT_DECIMAL,
): FormValues {
  const values: Record<string, FieldValue> = {};
  const problems: Record<string, FormProblem> = {};
  for (const item of allItems(groups)) {
    const name = item.field.ioElemName;
    if (item.readOnly || (!isNew && state[name] === initial[name])) continue;
    const read = fromFormValue(state[name] ?? '', item.control, numbers);
    if (!read.ok) problems[name] = read.problem;
    else if (!isNew || read.value !== null) values[name] = read.value;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, values };
}

function allItems(groups: readonly EditGroup[]): EditItem[] {
  return groups.flatMap((group) => [...group.items]);
}
