import { describe, expect, it } from 'vitest';
import { closeSyncProgressChannel, subscribeToSyncProgress, type SyncProgress } from '../../../src/sync';
import { broadcastSyncProgress } from '../../../src/sync/progress/progressChannel';
import { ProgressReporter } from '../../../src/sync/progress/ProgressReporter';
import { ManualClock } from '../../support/ManualClock';

const sample: SyncProgress = {
  phase: 'downloading',
  kind: 'initial',
  typeId: 'Account',
  recordsWritten: 5,
  pages: 1,
  recordsExpected: null,
  elapsedMs: 10,
};

describe('ProgressReporter', () => {
  it('reports at most once per interval and always the final numbers on flush', async () => {
    const clock = new ManualClock();
    const seen: SyncProgress[] = [];
    const reporter = new ProgressReporter(clock, clock.now(), 100, (p) => seen.push(p));
    reporter.enter('downloading', 'initial', 'Account');
    reporter.advance(10, 1);
    reporter.advance(10, 1);
    await clock.advance(100);
    reporter.advance(10, 1);
    reporter.advance(5, 1, 35);
    reporter.flush();
    reporter.flush();
    expect(seen.map((p) => [p.recordsWritten, p.pages, p.recordsExpected, p.elapsedMs])).toEqual([
      [0, 0, null, 0],
      [30, 3, null, 100],
      [35, 4, 35, 100],
    ]);
  });

  it('keeps going when a listener throws', () => {
    const clock = new ManualClock();
    const reporter = new ProgressReporter(clock, clock.now(), 0, () => {
      throw new Error('closed pane');
    });
    expect(() => reporter.enter('connecting', null)).not.toThrow();
  });
});

describe('subscribeToSyncProgress', () => {
  it('delivers this runtime’s progress once, directly', async () => {
    const seen: SyncProgress[] = [];
    const stop = subscribeToSyncProgress((p) => seen.push(p));
    broadcastSyncProgress(sample);
    await new Promise((r) => setTimeout(r, 20));
    stop();
    closeSyncProgressChannel();
    expect(seen).toEqual([sample]);
  });

  it('delivers progress another window posts on the crm-desktop-sync channel', async () => {
    const seen: SyncProgress[] = [];
    const stop = subscribeToSyncProgress((p) => seen.push(p));
    const otherWindow = new BroadcastChannel('crm-desktop-sync');
    otherWindow.postMessage({ source: 'other-window', progress: sample });
    await new Promise((r) => setTimeout(r, 20));
    otherWindow.close();
    stop();
    expect(seen).toEqual([sample]);
  });

  it('stops delivering after unsubscribing', async () => {
    const seen: SyncProgress[] = [];
    subscribeToSyncProgress((p) => seen.push(p))();
    broadcastSyncProgress(sample);
    await new Promise((r) => setTimeout(r, 20));
    closeSyncProgressChannel();
    expect(seen).toEqual([]);
  });
});

describe('ProgressReporter per type', () => {
  it('keeps each downloaded type with its records, resumed rows and time, finished once the run moves on', async () => {
    const clock = new ManualClock();
    const seen: SyncProgress[] = [];
    const reporter = new ProgressReporter(clock, clock.now(), 0, (p) => seen.push(p));
    reporter.enter('downloading', 'initial', 'Account');
    reporter.advance(300, 0);
    await clock.advance(2000);
    reporter.advance(500, 1);
    reporter.enter('downloading', 'initial', 'Contact');
    await clock.advance(1000);
    reporter.advance(40, 1, 40);
    reporter.enter('removingDeleted', 'incremental', 'Contact');
    reporter.advance(99, 0);
    const last = seen.at(-1)?.types;
    expect(last).toEqual([
      {
        typeId: 'Account',
        recordsWritten: 800,
        recordsResumed: 300,
        recordsExpected: null,
        activeMs: 2000,
        finished: true,
      },
      { typeId: 'Contact', recordsWritten: 40, recordsResumed: 0, recordsExpected: 40, activeMs: 1000, finished: true },
    ]);
    // While a type downloads, its time runs up to each report.
    const during = seen.find((p) => p.typeId === 'Contact' && p.recordsWritten === 40)?.types?.at(-1);
    expect(during).toMatchObject({ finished: false, activeMs: 1000 });
  });
});
