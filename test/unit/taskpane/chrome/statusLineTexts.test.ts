import { describe, expect, it } from 'vitest';
import { createTranslator, ENGLISH_CATALOG, loadCatalog } from '../../../../src/i18n';
import type { SyncProgress } from '../../../../src/sync';
import type { SyncLogEntry } from '../../../../src/store';
import { lastSyncOf } from '../../../../src/taskpane/components/chrome/lastSyncOf';
import { formatRelativeTime, relativeTimeParts } from '../../../../src/taskpane/components/chrome/relativeTime';
import { statusAnnouncement, syncStateText } from '../../../../src/taskpane/components/chrome/statusTexts';
import { downloadShare, syncStateOf } from '../../../../src/taskpane/components/chrome/syncStateOf';

const NOW = Date.UTC(2026, 11, 4, 12, 0, 0);
const english = createTranslator(ENGLISH_CATALOG);
const TYPES = ['Account', 'Contact', 'Opportunity', 'Action'];

function run(outcome: SyncLogEntry['outcome'], endedAt: number): SyncLogEntry {
  return { startedAt: endedAt - 5_000, endedAt, kind: 'incremental', outcome, counts: {}, issues: [] };
}

function downloading(typeId: string, written: number, expected: number | null): SyncProgress {
  return {
    phase: 'downloading',
    kind: 'incremental',
    typeId,
    recordsWritten: written,
    pages: 1,
    recordsExpected: expected,
    elapsedMs: 0,
  };
}

describe('relativeTimeParts', () => {
  it('tells a past moment in its largest whole unit, and under a minute as nothing', () => {
    expect(relativeTimeParts(NOW - 59_000, NOW)).toBeNull();
    expect(relativeTimeParts(NOW - 5 * 60_000 - 30_000, NOW)).toEqual({ value: -5, unit: 'minute' });
    expect(relativeTimeParts(NOW - 3 * 3_600_000, NOW)).toEqual({ value: -3, unit: 'hour' });
    expect(relativeTimeParts(NOW - 2 * 86_400_000, NOW)).toEqual({ value: -2, unit: 'day' });
  });

  it('counts a moment in the future (a clock set back) as now', () => {
    expect(relativeTimeParts(NOW + 60_000, NOW)).toBeNull();
  });
});

describe('formatRelativeTime', () => {
  it('says it in the language of the pane, with its words for yesterday', () => {
    expect(formatRelativeTime(NOW - 5 * 60_000, NOW, 'en')).toMatch(/^5 min\.? ago$/);
    expect(formatRelativeTime(NOW - 2 * 3_600_000, NOW, 'de')).toMatch(/^vor 2 Std\.$/);
    expect(formatRelativeTime(NOW - 86_400_000, NOW, 'fr')).toBe('hier');
  });

  it('falls back to the formatting locale for a language Intl does not know (the pseudo-locale)', () => {
    expect(formatRelativeTime(NOW - 5 * 60_000, NOW, 'qps-ploc', 'en-US')).toMatch(/^5 min\.? ago$/);
  });
});

describe('lastSyncOf', () => {
  it('finds the newest success and a failure after it, leaving out running and cancelled runs', () => {
    const log = [
      run('running', NOW),
      run('cancelled', NOW - 1_000),
      run('failed', NOW - 2_000),
      run('succeeded', NOW - 9_000),
    ];
    expect(lastSyncOf(log)).toEqual({ succeededAt: NOW - 9_000, failedAt: NOW - 2_000 });
  });

  it('forgets a failure once a later run succeeded, and knows no run in an empty log', () => {
    expect(lastSyncOf([run('succeeded', NOW), run('failed', NOW - 2_000)])).toEqual({
      succeededAt: NOW,
      failedAt: null,
    });
    expect(lastSyncOf([])).toEqual({ succeededAt: null, failedAt: null });
  });
});

describe('syncStateOf', () => {
  const read = { succeededAt: NOW - 60_000, failedAt: null, readWhileRunning: false };

  it('says "syncing" from the start of a run until the log was read after it', () => {
    expect(syncStateOf(true, null, TYPES, read)).toEqual({ kind: 'syncing', share: null });
    expect(syncStateOf(false, null, TYPES, { ...read, readWhileRunning: true })).toEqual({
      kind: 'syncing',
      share: null,
    });
    expect(syncStateOf(false, null, TYPES, read)).toEqual({ kind: 'synced', at: NOW - 60_000 });
  });

  it('says a failure after the last success, never synced for an empty log, and waits for the first read', () => {
    expect(syncStateOf(false, null, TYPES, { ...read, failedAt: NOW })).toEqual({ kind: 'failed', at: NOW });
    expect(syncStateOf(false, null, TYPES, { succeededAt: null, failedAt: null, readWhileRunning: false })).toEqual({
      kind: 'never',
    });
    expect(syncStateOf(false, null, TYPES, undefined)).toEqual({ kind: 'reading' });
  });
});

describe('downloadShare', () => {
  it('counts the types before the current one and its share once the server told its size', () => {
    expect(downloadShare(downloading('Account', 100, null), TYPES)).toBe(0);
    expect(downloadShare(downloading('Contact', 30, 60), TYPES)).toBe(0.375);
    expect(downloadShare(downloading('Action', 80, 80), TYPES)).toBe(1);
  });

  it('has no measure outside the download or for a type the schema does not know', () => {
    expect(downloadShare({ ...downloading('Account', 0, null), phase: 'uploading' }, TYPES)).toBeNull();
    expect(downloadShare(downloading('Lead', 5, 10), TYPES)).toBeNull();
    expect(downloadShare(null, TYPES)).toBeNull();
  });
});

describe('syncStateText', () => {
  it('tells the last sync, the progress and never synced', () => {
    expect(syncStateText(english, { kind: 'synced', at: NOW - 30_000 }, NOW)).toBe('Synced just now');
    expect(syncStateText(english, { kind: 'synced', at: NOW - 5 * 60_000 }, NOW)).toMatch(/^Synced 5 min\.? ago$/);
    expect(syncStateText(english, { kind: 'failed', at: NOW - 2 * 3_600_000 }, NOW)).toMatch(
      /^Sync failed 2 hr\.? ago$/,
    );
    expect(syncStateText(english, { kind: 'syncing', share: 0.42 }, NOW)).toBe('Syncing… 42%');
    expect(syncStateText(english, { kind: 'syncing', share: null }, NOW)).toBe('Syncing…');
    expect(syncStateText(english, { kind: 'never' }, NOW)).toBe('Never synced');
  });

  it('writes the percentage as the language does', async () => {
    const german = createTranslator(await loadCatalog({ uiLocale: 'de', formattingLocale: 'de-DE' }));
    expect(syncStateText(german, { kind: 'syncing', share: 0.42 }, NOW)).toBe('Wird synchronisiert… 42\u00a0%');
  });
});

describe('statusAnnouncement', () => {
  it('changes with the state, the issues and the network, not with the time or the percentage', () => {
    const syncing = statusAnnouncement(english, { kind: 'syncing', share: 0.25 }, 0, false);
    expect(statusAnnouncement(english, { kind: 'syncing', share: 0.75 }, 0, false)).toBe(syncing);
    expect(syncing).toBe('Synchronizing…');
    const synced = statusAnnouncement(english, { kind: 'synced', at: NOW }, 0, false);
    expect(statusAnnouncement(english, { kind: 'synced', at: NOW - 600_000 }, 0, false)).toBe(synced);
    expect(statusAnnouncement(english, { kind: 'failed', at: NOW }, 1, true)).toBe(
      'The last synchronization failed: see the Sync tab. 1 synchronization issue needs your decision. ' +
        'Offline: automatic synchronization resumes when the network returns.',
    );
    expect(statusAnnouncement(english, { kind: 'never' }, 0, false)).toBe('');
  });
});
