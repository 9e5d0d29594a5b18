// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LocalIssue, StoredRecord } from '../../../../src/store';
import { updateRecord } from '../../../../src/sync';
import { IssuesView } from '../../../../src/taskpane/components/issues/IssuesView';
import { SyncStatusView } from '../../../../src/taskpane/components/syncTab/SyncStatusView';
import { renderWithApp } from '../records/support/renderWithApp';
import { useShareStore } from '../email/shareStore';

const seeded = useShareStore(5);
const NOW = 1_741_772_460_000;

/** Contact C-0001 edited here (job title, phone) and, per `server`, in Siebel; its change waits on `issue`. */
async function editedContact(
  issue: (
    local: StoredRecord,
    base: StoredRecord,
  ) => Omit<LocalIssue, 'id' | 'typeId' | 'recordId' | 'createdAt' | 'updatedAt'>,
) {
  const ctx = { db: seeded.db, pkg: seeded.pkg, now: () => NOW };
  const base = (await seeded.db.get('Contact', 'C-0001')) as StoredRecord;
  const local = await updateRecord(ctx, 'Contact', 'C-0001', { JobTitle: 'Senior Buyer', WorkPhone: '+49 30 5550123' });
  const pending = await seeded.db.pendingChange('Contact', 'C-0001');
  if (!pending) throw new Error('the edit left no pending change');
  await seeded.db.applyLocal({
    pending: { put: [{ ...pending, state: 'blocked' }] },
    issues: {
      put: [
        {
          id: 'Contact:C-0001',
          typeId: 'Contact',
          recordId: 'C-0001',
          createdAt: NOW,
          updatedAt: NOW,
          ...issue(local, base),
        },
      ],
    },
  });
  return { base, local };
}

describe('IssuesView', () => {
  it('resolves a conflict field by field: the chosen values are kept and the change is sent again', async () => {
    await editedContact((local, base) => ({
      kind: 'conflict',
      operation: 'update',
      message: 'Changed here and in Siebel since the last synchronization.',
      server: { ...base, Updated: '2025-03-12T10:00:00', JobTitle: 'Head of Purchasing' },
      fields: [
        { field: 'JobTitle', base: base.JobTitle ?? null, local: local.JobTitle ?? null, server: 'Head of Purchasing' },
      ],
    }));
    const onChanged = vi.fn();
    await renderWithApp(<IssuesView onChanged={onChanged} />, { store: seeded.store });
    const card = await screen.findByRole('listitem', { name: 'First0001 Last0001' });
    expect(within(card).getByText('Changed here and in Siebel since the last synchronization.')).toBeTruthy();
    fireEvent.click(within(card).getByRole('radio', { name: "Siebel's value for Job Title: Head of Purchasing" }));
    fireEvent.click(within(card).getByRole('button', { name: 'Apply' }));

    expect(await screen.findByText(/^No synchronization issues/)).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(await seeded.db.countIssues()).toBe(0);
    const pending = await seeded.db.pendingChange('Contact', 'C-0001');
    expect(pending).toMatchObject({ state: 'ready', changedFields: ['WorkPhone'] });
    expect(await seeded.db.get('Contact', 'C-0001')).toMatchObject({
      JobTitle: 'Head of Purchasing',
      WorkPhone: '+49 30 5550123',
    });
  });

  it("discards the local change of a failure and restores Siebel's record", async () => {
    const { base } = await editedContact(() => ({
      kind: 'failure',
      operation: 'update',
      code: 'SBL-DAT-00225',
      message: 'Siebel refused the change (SBL-DAT-00225): not a valid value',
    }));
    await renderWithApp(<IssuesView />, { store: seeded.store });
    const card = await screen.findByRole('listitem', { name: 'First0001 Last0001' });
    fireEvent.click(within(card).getByRole('button', { name: 'Discard my change' }));
    expect(await screen.findByText(/^No synchronization issues/)).toBeTruthy();
    expect(await seeded.db.pendingChange('Contact', 'C-0001')).toBeUndefined();
    expect(await seeded.db.get('Contact', 'C-0001')).toMatchObject({
      JobTitle: base.JobTitle,
      WorkPhone: base.WorkPhone,
    });
  });

  it('says so when there is no issue', async () => {
    await renderWithApp(<IssuesView />, { store: seeded.store });
    expect(await screen.findByText(/^No synchronization issues/)).toBeTruthy();
  });
});

describe('SyncStatusView local changes', () => {
  it('counts the changes waiting to be sent and the issues waiting for the user', async () => {
    await renderWithApp(<SyncStatusView />, { store: seeded.store });
    expect(await screen.findByText('No local changes waiting to be sent.')).toBeTruthy();
    await editedContact(() => ({ kind: 'failure', operation: 'update', message: 'Siebel refused the change' }));
    const other = await renderWithApp(<SyncStatusView />, { store: seeded.store });
    const summary = await within(other.container).findByLabelText('Local changes');
    await waitFor(() =>
      expect(summary.textContent).toContain('Not yet synchronized: 1 local change, sent at the next synchronization.'),
    );
    expect(summary.textContent).toContain('1 synchronization issue needs your decision: see the Issues tab.');
  });
});
