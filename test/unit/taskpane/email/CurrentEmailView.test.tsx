// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
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

describe('CurrentEmailView', () => {
  it('shows the contact whose address matches the sender, ignoring case, with its account and only its open opportunities', async () => {
    vi.spyOn(seeded.store, 'activeDatabase').mockResolvedValue(seeded.db);
    const indexed = vi.spyOn(seeded.db, 'search');
    await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: item() });
    const card = await screen.findByRole('listitem', { name: 'First0001 Last0001' });
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
    expect(indexed).toHaveBeenCalledWith(
      'Contact',
      expect.objectContaining({ field: 'EmailAddress', text: 'person0001@example.com' }),
    );
  });

  it('lists a contact per matching recipient, sender first, each address once', async () => {
    await renderWithApp(<CurrentEmailView />, {
      store: seeded.store,
      item: item({
        from: { name: 'Me', email: 'jsmith@example.com' },
        to: [
          { name: 'A', email: 'person0007@example.com' },
          { name: 'again', email: 'PERSON0007@example.com' },
        ],
        cc: [{ name: 'B', email: 'person0003@example.com' }],
      }),
    });
    const list = await screen.findByRole('list', { name: 'Matching contacts' });
    const cards = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(cards.map((c) => c.getAttribute('aria-label'))).toEqual(['First0007 Last0007', 'First0003 Last0003']);
    expect(within(cards[1]).getByText('Cc')).toBeTruthy();
  });

  it('opens a matched contact in place and goes back to the email', async () => {
    await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: item() });
    fireEvent.click(await screen.findByRole('button', { name: 'First0001 Last0001' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'First0001 Last0001' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back to the email' }));
    expect(await screen.findByRole('listitem', { name: 'First0001 Last0001' })).toBeTruthy();
  });

  it('says so when no contact matches, naming the addresses it looked for', async () => {
    await renderWithApp(<CurrentEmailView />, {
      store: seeded.store,
      item: item({ from: { name: 'X', email: 'nobody@nowhere.example' } }),
    });
    expect(
      await screen.findByText(
        /No CRM contact has the address of the sender or a recipient \(nobody@nowhere\.example\)/,
      ),
    ).toBeTruthy();
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
