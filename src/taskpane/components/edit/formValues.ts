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

/**
 * The stored value as the control shows it. DATE and DATETIME values are the server's wall clock
 * and are shown unshifted; UTCDATETIME values are shown in the browser's zone, as Outlook does.
 */
export function toFormValue(value: FieldValue | undefined, control: EditControl): string | boolean {
  if (control === 'bool') return value === true;
  if (value === null || value === undefined) return '';
  const text = String(value);
  switch (control) {
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
export function fromFormValue(input: string | boolean, control: EditControl): ReadValue {
  if (typeof input === 'boolean') return { ok: true, value: input };
  const text = control === 'textarea' ? input : input.trim();
  if (text === '') return { ok: true, value: null };
  switch (control) {
    case 'number':
      return /^-?(\d+\.?\d*|\.\d+)$/.test(text)
        ? { ok: true, value: Number(text) }
        : { ok: false, problem: 'edit.problem.number' };
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
export function initialFormState(groups: readonly EditGroup[], record: StoredRecord | null): FormState {
  const state: Record<string, string | boolean> = {};
  for (const item of allItems(groups))
    state[item.field.ioElemName] = toFormValue(record?.[item.field.ioElemName], item.control);
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
): FormValues {
  const values: Record<string, FieldValue> = {};
  const problems: Record<string, FormProblem> = {};
  for (const item of allItems(groups)) {
    const name = item.field.ioElemName;
    if (item.readOnly || (!isNew && state[name] === initial[name])) continue;
    const read = fromFormValue(state[name] ?? '', item.control);
    if (!read.ok) problems[name] = read.problem;
    else if (!isNew || read.value !== null) values[name] = read.value;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, values };
}

function allItems(groups: readonly EditGroup[]): EditItem[] {
  return groups.flatMap((group) => [...group.items]);
}
