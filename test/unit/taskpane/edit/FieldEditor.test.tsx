// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePackage, type CustomizationPackage } from '../../../../src/metadata';
import type { Store } from '../../../../src/store';
import { editPlan, type EditItem } from '../../../../src/taskpane/components/edit/editPlan';
import { FieldEditor } from '../../../../src/taskpane/components/edit/FieldEditor';
import { loadPackageFolder } from '../../metadata/support/loadPackageFolder';
import { renderWithApp } from '../records/support/renderWithApp';
import { seededStore } from '../records/support/seedStore';
import { salesRepPackage } from '../wizard/fakeServices';

/** What a cleared optional pick-list shows (English catalog). */
const NO_VALUE = '(none)';

let opened: Store | undefined;
afterEach(() => {
  cleanup();
  opened?.close();
  opened = undefined;
});

const itemOf = (pkg: CustomizationPackage, typeId: string, ioElemName: string): EditItem =>
  editPlan(pkg, typeId)
    .flatMap((g) => g.items)
    .find((i) => i.field.ioElemName === ioElemName)!;

async function renderEditor(
  pkg: CustomizationPackage,
  item: EditItem,
  value: string,
  records: Record<string, Record<string, string>[]> = {},
) {
  const { store, db } = await seededStore(pkg, records);
  opened = store;
  const onChange = vi.fn();
  await renderWithApp(<FieldEditor db={db} pkg={pkg} item={item} label="Field" value={value} onChange={onChange} />, {
    store,
  });
  return onChange;
}

async function openOptions(): Promise<string[]> {
  fireEvent.click(await screen.findByRole('combobox', { name: 'Field' }));
  const options = await screen.findAllByRole('option');
  return options.map((o) => o.textContent ?? '');
}

describe('FieldEditor for a pick-list field', () => {
  it("offers the package's static values, so a rep chooses a sales stage instead of typing one", async () => {
    const pkg = await salesRepPackage();
    const stage = itemOf(pkg, 'Opportunity', 'SalesStage');
    expect(stage.control).toBe('picklist');
    const onChange = await renderEditor(pkg, stage, '03 - Discovery');
    expect((screen.getByRole('combobox', { name: 'Field' }) as HTMLButtonElement).textContent).toBe('03 - Discovery');
    expect(await openOptions()).toEqual([
      NO_VALUE,
      '01 - Prospecting',
      '02 - Qualification',
      '03 - Discovery',
      '04 - Proposal',
      '05 - Negotiation',
      '06 - Commit',
      '07 - Closed/Won',
      '08 - Closed/Lost',
    ]);
    fireEvent.click(screen.getByRole('option', { name: '07 - Closed/Won' }));
    expect(onChange).toHaveBeenCalledWith('07 - Closed/Won');
  });

  it('keeps a stored value the list does not hold selectable, so opening a form changes nothing', async () => {
    const pkg = await salesRepPackage();
    await renderEditor(pkg, itemOf(pkg, 'Action', 'Status'), 'Legacy');
    expect(await openOptions()).toEqual([
      NO_VALUE,
      'Not Started',
      'In Progress',
      'Planned',
      'Done',
      'Cancelled',
      'Legacy',
    ]);
  });

  it("offers the values of the synchronized list-of-values records of the field's type, in the user's language", async () => {
    const pkg = await parsePackage(loadPackageFolder('oracle-examples'));
    const lov = (Id: string, Type: string, Value: string, Language = 'ENU', Active = 'Y') => ({
      Id,
      Updated: '2025-01-01T00:00:00',
      Type,
      Value,
      Language,
      Active,
    });
    const records = {
      List_Of_Values: [
        lov('1', 'OPTY_STATUS', 'Pending'),
        lov('2', 'OPTY_STATUS', 'Accepted'),
        lov('3', 'OPTY_STATUS', 'Retired', 'ENU', 'N'),
        lov('4', 'TODO_TYPE', 'Call'),
        lov('5', 'OPTY_STATUS', 'Offen', 'DEU'),
      ],
    };
    const status = itemOf(pkg, 'Opportunity', 'Status');
    expect(status.recordsPicklist?.objectTypeId).toBe('List_Of_Values');
    await renderEditor(pkg, status, '', records);
    expect(await openOptions()).toEqual([NO_VALUE, 'Pending', 'Accepted']);
  });

  it('takes free text when the package has no values for the field', async () => {
    const pkg = await parsePackage(loadPackageFolder('valid/sales-rep'));
    const stage = itemOf(pkg, 'Opportunity', 'SalesStage');
    expect([stage.control, stage.choices]).toEqual(['picklist', []]);
    await renderEditor(pkg, stage, 'Anything');
    expect((screen.getByRole('textbox', { name: 'Field' }) as HTMLInputElement).value).toBe('Anything');
  });
});
