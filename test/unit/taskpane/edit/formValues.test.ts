import { afterEach, describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../../src/metadata';
import type { EditGroup, EditItem } from '../../../../src/taskpane/components/edit/editPlan';
import {
  formValues,
  fromFormValue,
  initialFormState,
  numberStyleOf,
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

describe('numbers in the user language', () => {
  const german = numberStyleOf('de-DE');

  it('knows the decimal separator of each shipped language', () => {
    expect(german).toEqual({ decimal: ',', group: '.' });
    expect(numberStyleOf('fr-FR').decimal).toBe(',');
    expect(numberStyleOf('es-ES').decimal).toBe(',');
    expect(numberStyleOf('ja-JP').decimal).toBe('.');
    expect(numberStyleOf('en-US').decimal).toBe('.');
    expect(numberStyleOf('de-CH').decimal).toBe('.');
  });

  it("reads the language's decimal separator and a point alike, as a number for the store", () => {
    expect(fromFormValue('3,5', 'number', german)).toEqual({ ok: true, value: 3.5 });
    expect(fromFormValue(' 3.5 ', 'number', german)).toEqual({ ok: true, value: 3.5 });
    expect(fromFormValue('-0,25', 'number', german)).toEqual({ ok: true, value: -0.25 });
    expect(fromFormValue(',5', 'number', german)).toEqual({ ok: true, value: 0.5 });
    expect(fromFormValue('1250', 'number', german)).toEqual({ ok: true, value: 1250 });
    expect(fromFormValue('3,5', 'number', numberStyleOf('fr-FR'))).toEqual({ ok: true, value: 3.5 });
    expect(fromFormValue('3,5', 'number', numberStyleOf('es-ES'))).toEqual({ ok: true, value: 3.5 });
  });

  it('refuses garbage, two separators, and a German thousands point that could be a decimal', () => {
    for (const text of ['drei', '3,5,1', '3.5,1', '1.250,5', '12,5 €', '1.250', '-', ','])
      expect(fromFormValue(text, 'number', german), text).toEqual({ ok: false, problem: 'edit.problem.number' });
    // In English a comma is a thousands separator, so it is no decimal there.
    expect(fromFormValue('3,5', 'number')).toEqual({ ok: false, problem: 'edit.problem.number' });
    expect(fromFormValue('1.250', 'number')).toEqual({ ok: true, value: 1.25 });
  });

  it("shows a stored number with the language's decimal separator and no grouping", () => {
    expect(toFormValue(3.5, 'number', german)).toBe('3,5');
    expect(toFormValue(1250000.75, 'number', german)).toBe('1250000,75');
    expect(toFormValue(-2, 'number', german)).toBe('-2');
    expect(toFormValue(3.5, 'number')).toBe('3.5');
    expect(toFormValue(1e21, 'number', german)).toBe('1e+21');
  });

  it('sends a German edit of a number as a number, and nothing when only the display changed', () => {
    const record = { Name: 'Acme', Amount: 3.5 };
    const initial = initialFormState(groups, record, german);
    expect(initial.Amount).toBe('3,5');
    expect(formValues(groups, initial, initial, false, german)).toEqual({ ok: true, values: {} });
    expect(formValues(groups, { ...initial, Amount: '4,75' }, initial, false, german)).toEqual({
      ok: true,
      values: { Amount: 4.75 },
    });
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
