// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isLocalId } from '../../../../src/store';
import { RecordsView } from '../../../../src/taskpane/components/records/RecordsView';
import { fakeLayout, renderWithApp } from './support/renderWithApp';
import { useSeededStore } from './support/useSeededStore';

const seeded = useSeededStore(20, fakeLayout);

async function showContacts() {
  await renderWithApp(<RecordsView />, { store: seeded.store });
  fireEvent.change(await screen.findByLabelText('Show'), { target: { value: 'Contact' } });
  const list = await screen.findByRole('list', { name: 'Contacts' });
  await waitFor(() => expect(within(list).getAllByRole('button').length).toBeGreaterThan(0));
  return list;
}

async function openContact(name: string) {
  const list = await showContacts();
  fireEvent.click(within(list).getByRole('button', { name: new RegExp(`^${name}`) }));
  await screen.findByRole('heading', { level: 2, name });
  return list;
}

// In jsdom, Tabster's modalizer may leave a dialog marked aria-hidden once an earlier test of the
// file opened a popup; a browser does not. The dialog's own buttons are queried regardless.
const IN_DIALOG = { hidden: true } as const;

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('editing records in the records view', () => {
  it('shows the package rule under the field and stores nothing, then saves a valid new contact as a pending insert', async () => {
    await showContacts();
    fireEvent.click(screen.getByRole('button', { name: 'New Contact' }));
    const form = await screen.findByRole('form', { name: 'New Contact' });
    fireEvent.change(within(form).getByLabelText('First Name'), { target: { value: 'Ada' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText("Enter the contact's last name.")).toBeTruthy();
    expect(await seeded.db.countPendingChanges()).toBe(0);
    expect(await seeded.db.count('Contact')).toBe(20);

    fireEvent.change(within(form).getByLabelText('Last Name'), { target: { value: 'Lovelace' } });
    fireEvent.change(within(form).getByLabelText('Job Title'), { target: { value: 'Analyst' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 2, name: 'Ada Lovelace' });
    expect(within(screen.getByRole('article')).getByText('Not yet synchronized')).toBeTruthy();
    const [change] = await seeded.db.listPendingChanges();
    expect(change).toMatchObject({ typeId: 'Contact', operation: 'insert' });
    expect(isLocalId(change.recordId)).toBe(true);
    expect(await seeded.db.get('Contact', change.recordId)).toMatchObject({
      FirstName: 'Ada',
      LastName: 'Lovelace',
      JobTitle: 'Analyst',
    });
  });

  it("edits a contact's job title: the detail shows the new value and a badge, the row in the list too", async () => {
    await openContact('First0003 Last0003');
    expect(within(screen.getByRole('article')).queryByText('Not yet synchronized')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('form', { name: 'Edit First0003 Last0003' });
    expect(field('Job Title').value).toBe('Buyer');
    fireEvent.change(field('Job Title'), { target: { value: 'Head of Purchasing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const details = await screen.findByRole('region', { name: 'Name' });
    await waitFor(() => expect(details.textContent).toContain('Head of Purchasing'));
    expect(within(screen.getByRole('article')).getByText('Not yet synchronized')).toBeTruthy();
    expect(await seeded.db.pendingChange('Contact', 'C-0003')).toMatchObject({
      operation: 'update',
      changedFields: ['JobTitle'],
    });

    fireEvent.click(screen.getByRole('button', { name: '← Back to Contacts' }));
    const list = screen.getByRole('list', { name: 'Contacts' });
    await waitFor(() =>
      expect(within(list).getByRole('button', { name: /^First0003 Last0003/ }).textContent).toContain(
        'Not yet synchronized',
      ),
    );
    expect(within(list).getByRole('button', { name: /^First0004 Last0004/ }).textContent).not.toContain(
      'Not yet synchronized',
    );
  });

  it("picks a contact's account by searching the local accounts", async () => {
    await openContact('First0005 Last0005');
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const account = (await screen.findByRole('combobox', { name: 'Account' })) as HTMLInputElement;
    await waitFor(() => expect(account.value).toBe('Account 0005 (Berlin)'));
    fireEvent.click(account);
    fireEvent.change(account, { target: { value: 'Account 0012' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Account 0012 (Paris)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 2, name: 'First0005 Last0005' });
    await waitFor(async () => expect((await seeded.db.get('Contact', 'C-0005'))?.AccountId).toBe('A-0012'));
    expect(await screen.findByRole('button', { name: 'Account 0012 (Paris)' })).toBeTruthy();
  });

  it('keeps a contact when the delete confirmation is cancelled', async () => {
    await openContact('First0001 Last0001');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete First0001 Last0001?' });
    expect(dialog.textContent).toMatch(/deleted in Siebel with the next synchronization/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel', ...IN_DIALOG }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('heading', { level: 2, name: 'First0001 Last0001' })).toBeTruthy();
    expect(await seeded.db.get('Contact', 'C-0001')).toBeDefined();
    expect(await seeded.db.countPendingChanges()).toBe(0);
  });

  it('deletes a contact once confirmed, and names it as deleted but not yet synchronized', async () => {
    await openContact('First0001 Last0001');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete First0001 Last0001?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete in Siebel and Outlook', ...IN_DIALOG }));
    const list = await screen.findByRole('list', { name: 'Contacts' });
    await waitFor(() => expect(within(list).queryByRole('button', { name: /^First0001 Last0001/ })).toBeNull());
    expect(await seeded.db.get('Contact', 'C-0001')).toBeUndefined();
    expect(await seeded.db.pendingChange('Contact', 'C-0001')).toMatchObject({ operation: 'delete' });
    expect((await screen.findByRole('note')).textContent).toBe('Deleted, not yet synchronized: First0001 Last0001');
  });

  it('cancels an edit without storing anything', async () => {
    await openContact('First0002 Last0002');
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.change(await screen.findByLabelText('Job Title'), { target: { value: 'Changed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { level: 2, name: 'First0002 Last0002' });
    expect(await seeded.db.countPendingChanges()).toBe(0);
    expect((await seeded.db.get('Contact', 'C-0002'))?.JobTitle).toBe('Buyer');
  });

  it('moves the focus into the form when it opens and back to Edit when it closes, not to the page', async () => {
    await openContact('First0002 Last0002');
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Edit First0002 Last0002' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' })));
  });
});
