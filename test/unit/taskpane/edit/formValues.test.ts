import { afterEach, describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../../src/metadata';
import type { EditGroup, EditItem } from '../../../../src/taskpane/components/edit/editPlan';
import {
  formValues,
  fromFormValue,
  initialFormState,
  toFormValue,
} from '../../../../src/taskpane/components/edit/formValues';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

function item(ioElemName: string, control: EditItem['control'], readOnly = false): EditItem {
  const field = { name: ioElemName, ioElemName, dataType: 'DTYPE_TEXT', isReadonly: readOnly } as FieldDefinition;
  return { label: ioElemName, field, control, readOnly, choices: [] };
}

const groups: EditGroup[] = [
  {
    title: 'g',
    items: [
      item('Name', 'text'),
      item('Close', 'date'),
      item('Amount', 'number'),
      item('Seen', 'datetime'),
      item('Code', 'text', true),
    ],
  },
];

describe('toFormValue and fromFormValue', () => {
  it('keep dates and server wall-clock times in their stored ISO form', () => {
    expect(toFormValue('2025-06-30', 'date')).toBe('2025-06-30');
    expect(fromFormValue('2025-06-30', 'date')).toEqual({ ok: true, value: '2025-06-30' });
    expect(toFormValue('2025-01-02T03:04:05', 'datetime')).toBe('2025-01-02T03:04');
    expect(fromFormValue('2025-01-02T03:04', 'datetime')).toEqual({ ok: true, value: '2025-01-02T03:04:00' });
  });

  it('shows a UTC time in the browser zone and stores what the user typed back as UTC', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(toFormValue('2025-03-04T10:00:00Z', 'utcdatetime')).toBe('2025-03-04T11:00');
    expect(fromFormValue('2025-07-01T09:30', 'utcdatetime')).toEqual({ ok: true, value: '2025-07-01T07:30:00Z' });
  });

  it('stores empty text as null, numbers as numbers, and refuses text that is no number', () => {
    expect(fromFormValue('  ', 'text')).toEqual({ ok: true, value: null });
    expect(fromFormValue('12.5', 'number')).toEqual({ ok: true, value: 12.5 });
    expect(fromFormValue('12,5 €', 'number')).toEqual({ ok: false, problem: 'edit.problem.number' });
    expect(fromFormValue(true, 'bool')).toEqual({ ok: true, value: true });
  });
});

describe('formValues', () => {
  it('sends every filled field of a new record and leaves out empty and read-only ones', () => {
    const initial = initialFormState(groups, null);
    const state = { ...initial, Name: 'Acme', Amount: '3', Code: 'X' };
    expect(formValues(groups, state, initial, true)).toEqual({ ok: true, values: { Name: 'Acme', Amount: 3 } });
  });

  it('sends only the changed fields of an edit, so a time shown without seconds is not rewritten', () => {
    const record = { Name: 'Acme', Close: '2025-06-30', Amount: 3, Seen: '2025-01-02T03:04:05', Code: 'X' };
    const initial = initialFormState(groups, record);
    expect(formValues(groups, { ...initial, Name: 'Acme AG', Close: '' }, initial, false)).toEqual({
      ok: true,
      values: { Name: 'Acme AG', Close: null },
    });
    expect(formValues(groups, initial, initial, false)).toEqual({ ok: true, values: {} });
  });

  it('reports a field whose text is not a value of its type instead of saving', () => {
    const initial = initialFormState(groups, null);
    expect(formValues(groups, { ...initial, Name: 'Acme', Amount: 'lots' }, initial, true)).toEqual({
      ok: false,
      problems: { Amount: 'edit.problem.number' },
    });
  });
});
