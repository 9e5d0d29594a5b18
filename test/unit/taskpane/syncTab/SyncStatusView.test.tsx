// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SyncLogEntry } from '../../../../src/store';
import { type SyncEngine, type SyncProgress, type SyncReport } from '../../../../src/sync';
import { broadcastSyncProgress } from '../../../../src/sync/progress/progressChannel';
import { SyncStatusView } from '../../../../src/taskpane/components/syncTab/SyncStatusView';
import { renderWithApp } from '../records/support/renderWithApp';
import { useSeededStore } from '../records/support/useSeededStore';

const seeded = useSeededStore(5);

const T0 = Date.UTC(2025, 4, 6, 9, 30);
const progress = (over: Partial<SyncProgress>): SyncProgress => ({
  phase: 'downloading',
  kind: 'incremental',
  typeId: 'Account',
  recordsWritten: 0,
  pages: 0,
  recordsExpected: null,
  elapsedMs: 0,
  ...over,
});
const entry = (over: Partial<SyncLogEntry>): SyncLogEntry => ({
  startedAt: T0,
  endedAt: T0 + 4000,
  kind: 'incremental',
  outcome: 'succeeded',
  counts: {},
  issues: [],
  ...over,
});

/** An engine that emits progress the way the real one does (broadcast) and waits for `finish`. */
function steppedEngine() {
  let finish: (report: SyncReport) => void = () => undefined;
  const engine: SyncEngine = {
    synchronize: vi.fn(async () => {
      broadcastSyncProgress(progress({ phase: 'connecting', typeId: null }));
      broadcastSyncProgress(progress({ recordsWritten: 1200, recordsExpected: 3000 }));
      return new Promise<SyncReport>((resolve) => (finish = resolve));
    }),
    status: async () => ({ running: false, lastRun: null }),
  };
  return { engine, finish: (report: SyncReport) => finish(report) };
}

/** Sync now is inert while a run goes on or no password is known: aria-disabled, but still focusable. */
const syncNowInert = () => screen.getByRole('button', { name: 'Sync now' }).getAttribute('aria-disabled') === 'true';

describe('SyncStatusView', () => {
  it('shows the last run and a history with the error, its help text and the per-record issues', async () => {
    await seeded.store.appendSyncLog(
      entry({
        startedAt: T0 - 86_400_000,
        endedAt: T0 - 86_000_000,
        kind: 'initial',
        counts: { Account: { added: 14, changed: 3, removed: 1 } },
      }),
    );
    await seeded.store.appendSyncLog(
      entry({
        outcome: 'failed',
        error: { code: 'BadCredentials', message: 'Siebel rejected the user name or password (SBL-UIF-00272)' },
      }),
    );
    await seeded.store.appendSyncLog(
      entry({
        startedAt: T0 + 60_000,
        endedAt: T0 + 65_000,
        counts: { Contact: { added: 2, changed: 0, removed: 0 } },
        issues: [
          {
            typeId: 'Contact',
            recordId: '1-2X',
            message: 'Contact 1-2X: "abc" is not a valid DTYPE_DATE value for Birth Date',
          },
          { typeId: 'Contact', recordId: '1-3Y', message: 'Siebel refused the record' },
        ],
      }),
    );
    await renderWithApp(<SyncStatusView />, { store: seeded.store, password: 'Welcome1' });
    const history = await screen.findByRole('list', { name: 'Synchronization history' });
    const runs = within(history)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === history);
    expect(runs).toHaveLength(3);
    expect(runs[0].textContent).toContain('2 new, 0 changed, 0 removed');
    expect(runs[0].textContent).toContain('2 records not synchronized');
    expect(
      within(runs[0]).getByText('Contact 1-2X: "abc" is not a valid DTYPE_DATE value for Birth Date'),
    ).toBeTruthy();
    await waitFor(() =>
      expect(within(runs[0]).getByText(/Siebel refused the record/).textContent).toBe(
        'Contacts, 1-3Y: Siebel refused the record',
      ),
    );
    expect(runs[0].textContent).toContain('tried again at the next synchronization');
    expect(runs[1].textContent).toContain('Failed');
    expect(runs[1].textContent).toContain('SBL-UIF-00272');
    expect(runs[1].textContent).toContain(
      'What to do: Siebel rejected the user name or password. Enter your password again in Options',
    );
    expect(runs[2].textContent).toContain('14 new, 3 changed, 1 removed');
    expect(screen.getByText('Synchronized: 2 new, 0 changed, 0 removed')).toBeTruthy();
  });

  it('runs Sync now with the in-memory credentials and shows its live progress until the report arrives', async () => {
    const { engine, finish } = steppedEngine();
    await renderWithApp(<SyncStatusView />, { store: seeded.store, engine, password: 'Welcome1' });
    const button = await screen.findByRole('button', { name: 'Sync now' });
    button.focus();
    fireEvent.click(button);
    expect(await screen.findByText('Synchronizing… 1,200 of 3,000 accounts')).toBeTruthy();
    expect(syncNowInert()).toBe(true);
    // Inert but focusable: a keyboard user who pressed it is not dropped on the page's body.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sync now' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(engine.synchronize).toHaveBeenCalledWith(
      expect.objectContaining({
        connection: { endpointUrl: 'http://localhost/siebel', userName: 'JSMITH', password: 'Welcome1' },
      }),
    );
    await seeded.store.appendSyncLog(entry({ counts: { Account: { added: 7, changed: 0, removed: 0 } } }));
    await act(async () => {
      broadcastSyncProgress(progress({ phase: 'done', typeId: null }));
      finish({
        kind: 'incremental',
        reason: null,
        outcome: 'succeeded',
        packageId: 'P',
        hashValue: 'h',
        responsibilityId: 'R',
        counts: {},
        durationMs: 5,
        sessions: { opened: 1, closed: 1 },
        issues: [],
      });
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull());
    // The result is in a live region, so a screen reader tells it.
    expect(
      (await screen.findByText('Synchronized: 7 new, 0 changed, 0 removed')).closest('[role="status"]'),
    ).toBeTruthy();
    expect(syncNowInert()).toBe(false);
  });

  it('follows a synchronization started by the ribbon in another runtime, without offering to cancel it', async () => {
    await renderWithApp(<SyncStatusView />, { store: seeded.store, password: 'Welcome1' });
    await screen.findByRole('button', { name: 'Sync now' });
    act(() => broadcastSyncProgress(progress({ typeId: 'Contact', recordsWritten: 50 })));
    expect(await screen.findByText('Synchronizing… 50 contacts')).toBeTruthy();
    expect(syncNowInert()).toBe(true);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    act(() => broadcastSyncProgress(progress({ phase: 'done', typeId: null })));
    await waitFor(() => expect(syncNowInert()).toBe(false));
  });

  it('asks to sign in when no password is known, instead of starting a sync', async () => {
    const { engine } = steppedEngine();
    await renderWithApp(<SyncStatusView />, { store: seeded.store, engine });
    expect(await screen.findByText('Sign in to synchronize: enter your password in Options.')).toBeTruthy();
    expect(syncNowInert()).toBe(true);
    expect(screen.getByText('Never')).toBeTruthy();
    expect(engine.synchronize).not.toHaveBeenCalled();
  });
});
