// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MailItemSummary } from '../../../../src/host';
import { CurrentEmailView } from '../../../../src/taskpane/components/email/CurrentEmailView';
import { renderWithApp } from '../records/support/renderWithApp';
import { useShareStore } from './shareStore';

const seeded = useShareStore(200);

const ITEM: MailItemSummary = {
  itemKey: '<renewal-77@example.com>',
  subject: 'Renewal',
  from: { name: 'First0001 Last0001', email: 'person0001@example.com' },
  to: [{ name: 'John Smith', email: 'jsmith@example.com' }],
  cc: [],
  itemType: 'message',
  sentByUser: false,
  date: '2025-03-12T09:41:00.000Z',
  end: null,
};

async function openShareForm() {
  const panel = await screen.findByRole('region', { name: 'Share with Siebel' });
  fireEvent.click(await within(panel).findByRole('button', { name: 'Share with Siebel' }));
  return within(panel).getByRole('form', { name: 'Share with Siebel' });
}

async function activitiesOfItem() {
  const share = await seeded.db.sharedItem(ITEM.itemKey);
  const pending = await seeded.db.listPendingChanges();
  return { share, actionInserts: pending.filter((p) => p.typeId === 'Action' && p.operation === 'insert') };
}

describe('Share with Siebel', () => {
  it("suggests the sender's contact and account, shares with a searched contact and an opportunity, and shows it as shared", async () => {
    const onChanged = vi.fn();
    await renderWithApp(<CurrentEmailView onChanged={onChanged} />, { store: seeded.store, item: ITEM });
    expect(await screen.findByText('This email is not shared with Siebel.')).toBeTruthy();
    const form = await openShareForm();
    // Suggested from the sender's address: contact 1, its account, and (two open deals) no opportunity yet.
    expect(
      (within(form).getByRole('checkbox', { name: 'First0001 Last0001 (From)' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((within(form).getByRole('radio', { name: 'Account 0001 (Berlin)' }) as HTMLInputElement).checked).toBe(true);
    const opportunities = within(form).getByRole('group', { name: 'Opportunity' });
    expect((within(opportunities).getByRole('radio', { name: 'None' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(opportunities).getByRole('radio', { name: /^Deal 0101/ }));
    fireEvent.change(within(form).getByRole('searchbox', { name: 'Search contacts' }), {
      target: { value: 'First0003' },
    });
    fireEvent.click(await within(form).findByRole('button', { name: 'Add First0003 Last0003' }));
    expect((within(form).getByRole('checkbox', { name: 'First0003 Last0003' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: 'Share' }));

    const status = await screen.findByText(/^Shared with Siebel as activity/);
    expect(status.textContent).toBe(
      "Shared with Siebel as activity 'Renewal' — linked to Account 0001 (Berlin), Deal 0101, First0001 Last0001, First0003 Last0003",
    );
    expect(screen.getByText('Not yet synchronized')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    const { share, actionInserts } = await activitiesOfItem();
    expect(actionInserts).toHaveLength(1);
    const activity = await seeded.db.get('Action', share?.recordId ?? '');
    expect(activity).toMatchObject({
      Type: 'Email - Inbound',
      Description: 'Renewal',
      AccountId: 'A-0001',
      OpportunityId: 'O-0101',
      PrimaryContactId: 'C-0001',
    });
    expect(String(activity?.Comment)).toMatch(
      /^From: First0001 Last0001 <person0001@example\.com>\nTo: John Smith <jsmith@example\.com>/,
    );
  });

  it('shows the share again when the item is reopened, and sharing again changes the links of the same activity', async () => {
    const first = await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: ITEM });
    fireEvent.click(within(await openShareForm()).getByRole('button', { name: 'Share' }));
    await screen.findByText(/^Shared with Siebel as activity/);
    first.unmount();

    await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: ITEM });
    const status = await screen.findByText(/^Shared with Siebel as activity/);
    expect(status.textContent).toBe(
      "Shared with Siebel as activity 'Renewal' — linked to Account 0001 (Berlin), First0001 Last0001",
    );
    const panel = screen.getByRole('region', { name: 'Share with Siebel' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Change links' }));
    const form = within(panel).getByRole('form', { name: 'Share with Siebel' });
    fireEvent.click(within(form).getByRole('radio', { name: /^Deal 0001/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save links' }));
    await waitFor(() => expect(screen.getByText(/^Shared with Siebel as activity/).textContent).toContain('Deal 0001'));

    const { share, actionInserts } = await activitiesOfItem();
    expect(actionInserts).toHaveLength(1);
    expect(actionInserts[0].recordId).toBe(share?.recordId);
    expect(await seeded.db.get('Action', share?.recordId ?? '')).toMatchObject({ OpportunityId: 'O-0001' });
  });

  it('cannot share an item Outlook has not saved yet', async () => {
    await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: { ...ITEM, itemKey: '' } });
    expect(await screen.findByText(/Save or send this item first/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Share with Siebel' })).toBeNull();
  });
});
