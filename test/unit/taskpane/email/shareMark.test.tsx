// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MailItemSummary, ShareMark, ShareMarkResult } from '../../../../src/host';
import { CurrentEmailView } from '../../../../src/taskpane/components/email/CurrentEmailView';
import { renderWithApp } from '../records/support/renderWithApp';
import { useShareStore } from './shareStore';

const seeded = useShareStore(200);

/** A received message as the Outlook host reads it: the key of its internet message id, and its ids. */
const RECEIVED: MailItemSummary = {
  itemKey: '<renewal-78@example.com>',
  shareKey: 'm-renewal78',
  itemKeys: ['<renewal-78@example.com>', 'AAMk-inbox-78'],
  subject: 'Renewal',
  from: { name: 'First0001 Last0001', email: 'person0001@example.com' },
  to: [{ name: 'John Smith', email: 'jsmith@example.com' }],
  cc: [],
  itemType: 'message',
  sentByUser: false,
  date: '2025-03-12T09:41:00.000Z',
  end: null,
};

describe('Share with Siebel records the share on the item', () => {
  it("shares under the item's share key, marks the item, and says how to create a missing category", async () => {
    const marks: ShareMark[] = [];
    const markShared = vi.fn(async (mark: ShareMark): Promise<ShareMarkResult> => {
      marks.push(mark);
      return { recorded: true, category: 'notInMasterList' };
    });
    const first = await renderWithApp(<CurrentEmailView />, {
      store: seeded.store,
      item: RECEIVED,
      hostOverrides: { markShared },
    });
    const panel = await screen.findByRole('region', { name: 'Share with Siebel' });
    fireEvent.click(await within(panel).findByRole('button', { name: 'Share with Siebel' }));
    fireEvent.click(
      within(within(panel).getByRole('form', { name: 'Share with Siebel' })).getByRole('button', { name: 'Share' }),
    );
    await screen.findByText(/^Shared with Siebel as activity/);
    expect(marks).toEqual([{ shareKey: 'm-renewal78', category: 'Shared with Siebel' }]);
    expect((await screen.findByRole('note')).textContent).toMatch(
      /create an Outlook category named "Shared with Siebel" once/,
    );
    const share = await seeded.db.sharedItem('m-renewal78');
    expect(share).toMatchObject({ itemKey: 'm-renewal78', aliases: ['<renewal-78@example.com>', 'AAMk-inbox-78'] });
    expect(await seeded.db.get('Action', share?.recordId ?? '')).toMatchObject({ CRMDShareKey: 'm-renewal78' });
    first.unmount();

    // The same message after a move: a new item id, found by its share key.
    const moved = { ...RECEIVED, itemKeys: ['<renewal-78@example.com>', 'AAMk-archive-78'] };
    await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: moved, hostOverrides: { markShared } });
    expect((await screen.findByText(/^Shared with Siebel as activity/)).textContent).toContain("'Renewal'");
  });

  it('keeps the share when the host cannot record it on the item, and says so', async () => {
    const markShared = vi.fn(async (): Promise<ShareMarkResult> => ({
      recorded: false,
      category: 'failed',
      problem: "Outlook could not save the add-in's properties of the item: offline",
    }));
    await renderWithApp(<CurrentEmailView />, { store: seeded.store, item: RECEIVED, hostOverrides: { markShared } });
    const panel = await screen.findByRole('region', { name: 'Share with Siebel' });
    fireEvent.click(await within(panel).findByRole('button', { name: 'Share with Siebel' }));
    fireEvent.click(
      within(within(panel).getByRole('form', { name: 'Share with Siebel' })).getByRole('button', { name: 'Share' }),
    );
    await screen.findByText(/^Shared with Siebel as activity/);
    expect((await screen.findByRole('note')).textContent).toMatch(
      /could not be written into the email itself .*offline.*another Outlook may show it as not shared/,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
