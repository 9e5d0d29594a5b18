// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MailItemSummary } from '../../../../src/host';
import { CurrentEmailView } from '../../../../src/taskpane/components/email/CurrentEmailView';
import { emptyStore } from './emptyStore';
import { renderWithApp } from '../records/support/renderWithApp';
import { useSeededStore } from '../records/support/useSeededStore';

const seeded = useSeededStore(200);

function item(overrides: Partial<MailItemSummary> = {}): MailItemSummary {
  return {
    itemKey: '<renewal@example.com>',
    subject: 'Renewal',
    from: { name: 'P', email: 'Person0001@Example.COM' },
    to: [],
    cc: [],
    itemType: 'message',
    sentByUser: false,
    date: '2025-03-12T09:41:00.000Z',
    end: null,
    ...overrides,
  };
}

const input = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });

/** The card of the person the email is about, in the list named after their role. */
async function leadCard(name: string, role = 'Sender'): Promise<HTMLElement> {
  const list = await screen.findByRole('list', { name: role });
  return within(list).findByRole('listitem', { name });
}

describe('CurrentEmailView', () => {
  it("shows the sender's card first: account, only its open opportunities, last activities and Open contact", async () => {
    vi.spyOn(seeded.store, 'activeDatabase').mockResolvedValue(seeded.db);
    const indexed = vi.spyOn(seeded.db, 'search');
    await renderWithApp(<CurrentEmailView />, {
      store: seeded.store,
      item: item({ to: [{ name: 'Q', email: 'person0002@example.com' }] }),
    });
    const card = await leadCard('First0001 Last0001');
    expect(within(card).getByText('From')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Account 0001 (Berlin)' })).toBeTruthy();
    // Account 1 has deals 1, 51, 101, 151 (stage by i % 4: 1 and 101 → "03 - Qualification",
    // 51 and 151 → "08 - Closed/Lost"): only the two open ones are listed.
    const deals = within(card).getByRole('list', { name: 'Open opportunities of Account 0001 (Berlin)' });
    expect(
      within(deals)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Deal 0001', 'Deal 0101']);
    // Contact 1 is the primary contact of calls 1, 6, 11 and 16: the card shows three.
    const activities = await within(card).findByRole('list', { name: 'Last activities of First0001 Last0001' });
    expect(within(activities).getAllByRole('listitem')).toHaveLength(3);
    expect(within(card).getByRole('button', { name: 'Open contact' })).toBeTruthy();
    // The card comes before the other people of the email.
    const others = screen.getByRole('list', { name: 'Other people in this email' });
    expect(card.compareDocumentPosition(others) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(indexed).toHaveBeenCalledWith(
      'Contact',
      expect.objectContaining({ field: 'EmailAddress', text: 'person0001@example.com' }),
    );
  });

  it("shows the sender's next planned activity above the last ones", async () => {
    await seeded.db.writeBatch({
      puts: [
        {
          typeId: 'Action',
          records: [
            {
              Id: 'X-NEXT',
              Description: 'Demo at the depot',
              Type: 'Meeting',
              Planned: '2999-01-05T09:00:00Z',
              PrimaryContactId: 'C-0001',
            },
            {
              Id: 'X-LATER',
              Description: 'Contract signing',
              Type: 'Meeting',
              Planned: '2999-06-01T09:00:00Z',
              PrimaryContactId: 'C-0001',
            },
          ],
        },
      ],
    });
    await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: item() });
    const card = await leadCard('First0001 Last0001');
    const activities = await within(card).findByRole('list', { name: 'Last activities of First0001 Last0001' });
    const lines = within(activities).getAllByRole('listitem');
    expect(lines).toHaveLength(4);
    expect(lines[0].textContent).toMatch(/^Next:Demo at the depot/);
  });

  it('lists every other person on a compact line, each address once, with Add for the unknown', async () => {
    await renderWithApp(<CurrentEmailView />, {
      store: seeded.store,
      item: item({
        from: { name: 'Nobody', email: 'nobody@nowhere.example' },
        to: [
          { name: 'A', email: 'person0007@example.com' },
          { name: 'again', email: 'PERSON0007@example.com' },
        ],
        cc: [{ name: 'Kim Bauer', email: 'kim@bauer.example' }],
      }),
    });
    expect(await leadCard('Nobody')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Other people in this email' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('data-email'))).toEqual(['person0007@example.com', 'kim@bauer.example']);
    expect(within(rows[0]).getByRole('button', { name: 'First0007 Last0007' })).toBeTruthy();
    expect(within(rows[0]).queryByRole('button', { name: /as contact/ })).toBeNull();
    expect(within(rows[1]).getByText('Cc')).toBeTruthy();
    expect(within(rows[1]).getByRole('button', { name: 'Add Kim Bauer as contact' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '2 other people in this email' })).toBeTruthy();
  });

  it('adds an unknown sender as a contact from a form prefilled from the email, then shows it as pending', async () => {
    // A contact of account 7 already has an address at fleet.example: the domain suggests account 7.
    await seeded.db.writeBatch({
      puts: [
        {
          typeId: 'Contact',
          records: [
            {
              Id: 'C-FLEET',
              FirstName: 'Ann',
              LastName: 'Lee',
              EmailAddress: 'ann@fleet.example',
              AccountId: 'A-0007',
            },
          ],
        },
      ],
    });
    const onChanged = vi.fn();
    await renderWithApp(<CurrentEmailView onChanged={onChanged} />, {
      store: seeded.store,
      item: item({ from: { name: '"Rossi, David Maria"', email: 'D.Rossi@fleet.example' } }),
    });
    const card = await leadCard('Rossi, David Maria');
    fireEvent.click(within(card).getByRole('button', { name: 'Add as contact' }));
    await screen.findByRole('heading', { level: 2, name: 'New Contact' });
    expect(input('First Name').value).toBe('David Maria');
    expect(input('Last Name').value).toBe('Rossi');
    expect(input('Email').value).toBe('D.Rossi@fleet.example');
    expect(screen.getByText(/Suggested account: Account 0007 \(Berlin\) \(1 contact at fleet\.example\)/)).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Account' }).value).toBe('Account 0007 (Berlin)'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const known = await leadCard('David Maria Rossi');
    expect(await within(known).findByText('Not yet synchronized')).toBeTruthy();
    expect(within(known).getByRole('button', { name: 'Account 0007 (Berlin)' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(known));
    expect(onChanged).toHaveBeenCalled();
    const [change] = await seeded.db.listPendingChanges();
    expect(change).toMatchObject({ typeId: 'Contact', operation: 'insert' });
    expect(await seeded.db.get('Contact', change.recordId)).toMatchObject({
      FirstName: 'David Maria',
      LastName: 'Rossi',
      EmailAddress: 'D.Rossi@fleet.example',
      AccountId: 'A-0007',
    });
  });

  it('suggests no account for an address at a public mail service, and says why', async () => {
    await renderWithApp(<CurrentEmailView />, {
      store: seeded.store,
      item: item({ from: { name: 'Mia Wong', email: 'mia.wong@gmail.com' } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add as contact' }));
    expect(await screen.findByText(/gmail\.com is a public mail service, so no account is suggested/)).toBeTruthy();
    expect(input('First Name').value).toBe('Mia');
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Account' }).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await leadCard('Mia Wong')).toBeTruthy();
    expect(await seeded.db.countPendingChanges()).toBe(0);
  });

  it('opens a matched contact in place and goes back to the email', async () => {
    await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: item() });
    fireEvent.click(await screen.findByRole('button', { name: 'Open contact' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'First0001 Last0001' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back to the email' }));
    expect(await leadCard('First0001 Last0001')).toBeTruthy();
  });

  it('says so when nobody in the email is known', async () => {
    await renderWithApp(<CurrentEmailView />, {
      store: seeded.store,
      item: item({ from: { name: 'X', email: 'nobody@nowhere.example' } }),
    });
    expect((await screen.findByRole('status')).textContent).toBe('Nobody in this email is in your CRM data yet.');
    expect(screen.getByRole('button', { name: 'Add as contact' })).toBeTruthy();
  });

  it('shows a skeleton while the contacts are looked up', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const search = seeded.db.search.bind(seeded.db);
    vi.spyOn(seeded.db, 'search').mockImplementation(async (...args) => {
      await gate;
      return search(...args);
    });
    vi.spyOn(seeded.store, 'activeDatabase').mockResolvedValue(seeded.db);
    await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: item() });
    expect(await screen.findByLabelText('Looking up the sender and recipients')).toBeTruthy();
    release();
    expect(await leadCard('First0001 Last0001')).toBeTruthy();
  });

  it('tells a new draft without recipients where its contacts will show', async () => {
    await renderWithApp(<CurrentEmailView />, {
      store: seeded.store,
      item: item({ itemKey: '', sentByUser: true, from: { name: 'Me', email: 'jsmith@example.com' } }),
    });
    expect(await screen.findByText(/A new email\. The CRM contacts of its recipients show here/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /as contact/ })).toBeNull();
  });

  it('puts the first recipient first in an email the user sent', async () => {
    await renderWithApp(<CurrentEmailView />, {
      store: seeded.store,
      item: item({
        sentByUser: true,
        from: { name: 'Me', email: 'jsmith@example.com' },
        to: [{ name: 'A', email: 'person0003@example.com' }],
      }),
    });
    expect(await leadCard('First0003 Last0003', 'Recipient')).toBeTruthy();
    expect(screen.queryByText('jsmith@example.com')).toBeNull();
  });

  it('says so when no email is open', async () => {
    await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: null });
    expect(await screen.findByText(/No email is open/)).toBeTruthy();
  });

  it('tells to synchronize first when there is no CRM data yet', async () => {
    const { store: empty } = await emptyStore();
    await renderWithApp(<CurrentEmailView />, { store: empty, item: item() });
    expect(await screen.findByText(/No CRM data yet/)).toBeTruthy();
    empty.close();
  });
});
