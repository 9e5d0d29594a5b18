// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../../src/i18n';
import type { Catalog } from '../../../src/i18n';
import type { SyncLogEntry } from '../../../src/store';
import type { SyncEngine, SyncProgress, SyncReport } from '../../../src/sync';
import { broadcastSyncProgress } from '../../../src/sync/progress/progressChannel';
import { SyncStatusView } from '../../../src/taskpane/components/syncTab/SyncStatusView';
import { TranslatorProvider } from '../../../src/taskpane/language/TranslatorProvider';
import { renderWithApp } from '../taskpane/records/support/renderWithApp';
import { useSeededStore } from '../taskpane/records/support/useSeededStore';

// The Sync tab in German: German words from the catalog, German number and date formats from de-DE.

const seeded = useSeededStore(5);
let german: Catalog;
beforeAll(async () => {
  german = await loadCatalog({ uiLocale: 'de', formattingLocale: 'de-DE' });
});

const T0 = Date.UTC(2025, 4, 6, 9, 30);
const entry = (over: Partial<SyncLogEntry>): SyncLogEntry => ({
  startedAt: T0,
  endedAt: T0 + 4000,
  kind: 'incremental',
  outcome: 'succeeded',
  counts: {},
  issues: [],
  ...over,
});

const inGerman = (ui: ReactNode) => <TranslatorProvider catalog={german}>{ui}</TranslatorProvider>;

describe('the Sync tab in German', () => {
  it('shows the last run, the history and its advice in German with German number formats', async () => {
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
        counts: { Account: { added: 1234, changed: 5678, removed: 1 } },
        uploads: { inserted: 2, updated: 1, deleted: 0, issues: 0 },
        issues: [{ typeId: 'Contact', recordId: '1-3Y', message: 'Siebel refused the record' }],
      }),
    );
    await renderWithApp(inGerman(<SyncStatusView />), { store: seeded.store, password: 'Welcome1', language: 'de-DE' });
    const history = await screen.findByRole('list', { name: 'Synchronisierungsverlauf' });
    expect(screen.getByRole('heading', { name: 'Letzte Synchronisierung' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Verlauf' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Jetzt synchronisieren' })).toBeTruthy();
    expect(screen.getByText('Synchronisiert: 1.234 neu, 5.678 geändert, 1 entfernt')).toBeTruthy();
    const runs = within(history)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === history);
    expect(runs).toHaveLength(2);
    expect(runs[0].getAttribute('aria-label')).toMatch(
      /^Inkrementelle Synchronisierung vom 06\.05\.2025, \d\d:\d\d: Erfolgreich$/,
    );
    expect(runs[0].textContent).toContain('inkrementell, 5 s');
    expect(runs[0].textContent).toContain('An Siebel gesendet: 2 neu und 1 geändert');
    expect(runs[0].textContent).toContain('1 Datensatz nicht synchronisiert');
    expect(runs[0].textContent).toContain('Was Sie tun können: Diese Datensätze wurden übersprungen');
    expect(runs[1].textContent).toContain('Fehlgeschlagen');
    // The error's own message is technical and stays as the engine wrote it; the advice is German.
    expect(runs[1].textContent).toContain('SBL-UIF-00272');
    expect(runs[1].textContent).toContain(
      'Was Sie tun können: Siebel hat den Benutzernamen oder das Kennwort abgelehnt.',
    );
  });

  it('shows live progress in German, with German digit grouping', async () => {
    let finish: (report: SyncReport) => void = () => undefined;
    const progress: SyncProgress = {
      phase: 'downloading',
      kind: 'incremental',
      typeId: 'Account',
      recordsWritten: 1200,
      pages: 1,
      recordsExpected: 3000,
      elapsedMs: 0,
    };
    const engine: SyncEngine = {
      synchronize: vi.fn(async () => {
        broadcastSyncProgress(progress);
        return new Promise<SyncReport>((resolve) => (finish = resolve));
      }),
      status: async () => ({ running: false, lastRun: null }),
    };
    await renderWithApp(inGerman(<SyncStatusView />), {
      store: seeded.store,
      engine,
      password: 'Welcome1',
      language: 'de-DE',
    });
    expect(await screen.findByText('Noch keine Synchronisierung.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Jetzt synchronisieren' }));
    // The Sync tab has other live regions (the last run, the local changes): the progress is one of them.
    const shown = await screen.findByText(/^Synchronisierung läuft… .+: 1\.200 von 3\.000$/);
    expect(shown.getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeTruthy();
    expect(screen.getAllByRole('progressbar', { name: 'Fortschritt der Synchronisierung' })).toHaveLength(1);
    finish({
      kind: 'incremental',
      reason: null,
      outcome: 'cancelled',
      packageId: 'P',
      hashValue: 'h',
      responsibilityId: 'R',
      counts: {},
      durationMs: 5,
      sessions: { opened: 1, closed: 1 },
      issues: [],
    });
  });
});
