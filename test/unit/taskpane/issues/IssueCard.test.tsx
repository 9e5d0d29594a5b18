// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { displayText, findObject, formatRecordName, type CustomizationPackage } from '../../../../src/metadata';
import type { LocalIssue, StoredRecord } from '../../../../src/store';
import type { IssueResolution } from '../../../../src/sync';
import { IssueCard } from '../../../../src/taskpane/components/issues/IssueCard';
import type { IssueEntry } from '../../../../src/taskpane/components/issues/loadIssueEntries';
import { salesPackage } from '../records/support/seedStore';

let pkg: CustomizationPackage;
beforeAll(async () => {
  pkg = await salesPackage();
});
afterEach(cleanup);

const CONTACT: StoredRecord = {
  Id: '1-2000001',
  Updated: '2025-03-01T10:00:00',
  FirstName: 'David',
  LastName: 'Rossi',
  WorkPhone: '+39 02 555 0101',
  JobTitle: 'Buyer',
};

function issue(over: Partial<LocalIssue>): LocalIssue {
  return {
    id: 'Contact:1-2000001',
    typeId: 'Contact',
    recordId: '1-2000001',
    kind: 'failure',
    operation: 'update',
    message: 'Siebel refused the change',
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}

function renderCard(
  value: LocalIssue,
  onResolve: (r: IssueResolution) => Promise<void> = vi.fn(async () => undefined),
) {
  const object = findObject(pkg, value.typeId);
  const entry: IssueEntry = {
    issue: value,
    name: 'David Rossi',
    typeLabel: object?.label ?? value.typeId,
    fields: new Map((object?.fields ?? []).map((f) => [f.ioElemName, f])),
    primaryKey: object?.primaryKey ?? 'Id',
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ul>
        <IssueCard
          entry={entry}
          text={(raw) => displayText(pkg, raw, 'en-US')}
          locale="en-US"
          nameOf={(r) => formatRecordName(pkg, value.typeId, r)}
          onResolve={onResolve}
        />
      </ul>
    </FluentProvider>,
  );
  // The card comes first; a duplicate's matches may carry the same name.
  return { card: screen.getAllByRole('listitem', { name: 'David Rossi' })[0], onResolve };
}

describe('IssueCard', () => {
  it("shows a failure with the record, its type and Siebel's message, and retries it", async () => {
    const { card, onResolve } = renderCard(
      issue({ message: 'Siebel refused the change (SBL-DAT-00498): Last Name is required' }),
    );
    expect(within(card).getByRole('heading', { name: 'David Rossi' })).toBeTruthy();
    expect(within(card).getByText('Contact')).toBeTruthy();
    expect(within(card).getByText(/Last Name is required/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onResolve).toHaveBeenCalledWith({ action: 'retry' }));
  });

  it('discards the local change of a failure', async () => {
    const { card, onResolve } = renderCard(issue({}));
    fireEvent.click(within(card).getByRole('button', { name: 'Discard my change' }));
    await waitFor(() => expect(onResolve).toHaveBeenCalledWith({ action: 'discard' }));
  });

  it('lists each conflicting field with both values and applies only after every row is chosen', async () => {
    const { card, onResolve } = renderCard(
      issue({
        kind: 'conflict',
        message: 'Changed here and in Siebel since the last synchronization',
        server: { ...CONTACT, WorkPhone: '+39 02 555 0199', JobTitle: 'Head of Procurement' },
        fields: [
          { field: 'WorkPhone', base: '+39 02 555 0101', local: '+39 02 555 0123', server: '+39 02 555 0199' },
          { field: 'JobTitle', base: 'Buyer', local: 'Senior Buyer', server: 'Head of Procurement' },
        ],
      }),
    );
    const table = within(card).getByRole('table', { name: 'Conflicting fields' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Work Phone', 'Job Title']);
    expect(
      within(card)
        .getAllByRole('radio')
        .every((r) => !(r as HTMLInputElement).checked),
    ).toBe(true);
    const apply = within(card).getByRole('button', { name: 'Apply' });
    expect(apply.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(rows[0]).getByRole('radio', { name: 'My value for Work Phone: +39 02 555 0123' }));
    expect(apply.hasAttribute('disabled')).toBe(true);
    expect(within(card).getByText('Choose a value for each field (1 left).')).toBeTruthy();
    fireEvent.click(within(rows[1]).getByRole('radio', { name: "Siebel's value for Job Title: Head of Procurement" }));
    expect(apply.hasAttribute('disabled')).toBe(false);
    fireEvent.click(apply);
    await waitFor(() =>
      expect(onResolve).toHaveBeenCalledWith({ action: 'merge', choices: { WorkPhone: 'local', JobTitle: 'server' } }),
    );
  });

  it('offers to create a record again or accept its deletion when Siebel deleted it', async () => {
    const { card, onResolve } = renderCard(
      issue({ kind: 'conflict', server: null, message: 'Deleted in Siebel while you changed it' }),
    );
    expect(within(card).queryByRole('table')).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Discard my change' })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Create it again' }));
    await waitFor(() => expect(onResolve).toHaveBeenLastCalledWith({ action: 'recreate' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Accept the deletion' }));
    await waitFor(() => expect(onResolve).toHaveBeenLastCalledWith({ action: 'discard' }));
  });

  it("offers to delete anyway or keep Siebel's record when it was deleted here but changed in Siebel", async () => {
    const { card, onResolve } = renderCard(
      issue({
        kind: 'conflict',
        operation: 'delete',
        server: { ...CONTACT, JobTitle: 'Head of Procurement' },
        fields: [],
        message: 'Changed in Siebel after you deleted it',
      }),
    );
    expect(within(card).getByText('Changed in Siebel')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Delete anyway' }));
    await waitFor(() => expect(onResolve).toHaveBeenLastCalledWith({ action: 'retry' }));
    fireEvent.click(within(card).getByRole('button', { name: "Keep Siebel's record" }));
    await waitFor(() => expect(onResolve).toHaveBeenLastCalledWith({ action: 'discard' }));
  });

  it('links a duplicate to the chosen existing record, or creates it anyway', async () => {
    const { card, onResolve } = renderCard(
      issue({
        id: 'Contact:local-9f2c',
        recordId: 'local-9f2c',
        kind: 'duplicate',
        operation: 'insert',
        message: 'A contact with the same name and e-mail address exists',
        matches: [
          { source: 'server', record: { ...CONTACT, Id: '1-2000001' } },
          { source: 'local', record: { ...CONTACT, Id: '1-2000077', FirstName: 'Davide' } },
        ],
      }),
    );
    const matches = within(card).getByRole('list', { name: 'Existing records' });
    const second = within(matches).getByRole('listitem', { name: 'Davide Rossi' });
    expect(within(second).getByText('On this computer')).toBeTruthy();
    fireEvent.click(within(second).getByRole('button', { name: 'Use this record' }));
    await waitFor(() => expect(onResolve).toHaveBeenLastCalledWith({ action: 'link', targetId: '1-2000077' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Create anyway' }));
    await waitFor(() => expect(onResolve).toHaveBeenLastCalledWith({ action: 'createAnyway' }));
  });

  it('shows why a resolution failed and keeps the actions usable', async () => {
    const onResolve = vi.fn(async () => {
      throw new Error('The issue changed meanwhile');
    });
    const { card } = renderCard(issue({}), onResolve);
    fireEvent.click(within(card).getByRole('button', { name: 'Retry' }));
    expect((await within(card).findByRole('alert')).textContent).toBe(
      'This issue could not be resolved: The issue changed meanwhile',
    );
    expect(within(card).getByRole('button', { name: 'Retry' }).hasAttribute('disabled')).toBe(false);
  });
});
