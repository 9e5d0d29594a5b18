import type { ServerLoadRow } from './serverLoad';

/** One goal of issue 7 or 17, judged on this run's figures. */
export interface Goal {
  readonly goal: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

interface EngineFigures {
  readonly size: number;
  readonly records: number;
  readonly ratio: number;
  readonly mainThreadBusyS: number;
  readonly longestTaskMs: number;
  readonly peakMainHeapMb: number;
  /** The sync worker's sampled peak (worker rows only). */
  readonly peakWorkerHeapMb: number | null;
  readonly peakLiveHeapMb: number | null;
  readonly medianLiveHeapMb: number | null;
}

interface Figures {
  /** The engine in the worker (the configuration the task pane should use). */
  readonly largest: EngineFigures;
  /** The engine on the main thread: the page's heap is the engine's heap, and the live heap is sampled there. */
  readonly largestMain: EngineFigures;
  readonly smallestMain: EngineFigures;
  readonly smallestWorker: EngineFigures;
  readonly incrementalRatio?: number;
  /** The same incremental time against the main-thread initial sync of the run. */
  readonly incrementalRatioToMain?: number | null;
  readonly searchMs?: number;
  readonly listMs?: number;
  /** Scenario 4 in the real task pane (RecordsView of the production build). */
  readonly taskPane?: {
    readonly records: number;
    readonly searchMs: number;
    readonly searchDebounceMs: number | null;
    readonly openListMs: number;
  };
  /** What the long-task observer reported for a deliberate 120 ms task (0: it does not work). */
  readonly longTaskProbeMs?: number;
}

/**
 * The goals of issue 7; in a quick run they are judged at the largest size that ran (said in
 * `measured`). Time and responsiveness are judged with the engine in the worker; the sampled heap
 * with the engine on the main thread and in the worker (read over DevTools); the live heap on the
 * main thread, where the page can collect garbage and read its heap at chosen points.
 */
export function judgeGoals(f: Figures): Goal[] {
  const at = `at ${f.largest.size.toLocaleString('en')} records`;
  const busyPer100k = (f.largest.mainThreadBusyS * 100_000) / f.largest.records;
  const goals: Goal[] = [
    {
      goal: 'Initial sync vs best raw IndexedDB write (Chromium, worker)',
      target: '≤ 1.4×',
      measured: `${f.largest.ratio}× ${at} (main thread: ${f.largestMain.ratio}×)`,
      met: f.largest.ratio <= 1.4,
    },
    {
      goal: 'Main-thread work during sync, per 100,000 records (worker)',
      target: '≤ 5 s',
      measured: `${busyPer100k.toFixed(2)} s ${at} (main thread: ${((f.largestMain.mainThreadBusyS * 100_000) / f.largestMain.records).toFixed(2)} s)`,
      met: busyPer100k <= 5,
    },
    {
      goal: 'Longest main-thread task during sync (worker)',
      target: '≤ 100 ms',
      // The Long Tasks API reports tasks over 50 ms only: 0 means none, which the probe shows is not a broken observer.
      measured: `${f.largest.longestTaskMs || '< 50'} ms ${at} (main thread: ${f.largestMain.longestTaskMs || '< 50'} ms; observer probe: a 120 ms task read ${f.longTaskProbeMs ?? '?'} ms)`,
      met: f.largest.longestTaskMs <= 100 && (f.longTaskProbeMs ?? 0) > 0,
    },
    {
      goal: 'Peak JS heap during initial sync (engine on main thread; in the worker)',
      target: '< 100 MB',
      measured: `${f.largestMain.peakMainHeapMb} MB; ${f.largest.peakWorkerHeapMb ?? '?'} MB ${at}`,
      met: Math.max(f.largestMain.peakMainHeapMb, f.largest.peakWorkerHeapMb ?? Infinity) < 100,
    },
    {
      goal: "Live JS heap (after gc()), median of the runs' peaks, largest vs smallest size",
      target: '≤ 1.2×',
      measured: `${((f.largestMain.peakLiveHeapMb ?? 0) / (f.smallestMain.peakLiveHeapMb ?? 1)).toFixed(2)}× (${f.largestMain.peakLiveHeapMb} vs ${f.smallestMain.peakLiveHeapMb} MB; medians ${f.largestMain.medianLiveHeapMb} vs ${f.smallestMain.medianLiveHeapMb} MB)`,
      met: (f.largestMain.peakLiveHeapMb ?? Infinity) <= 1.2 * (f.smallestMain.peakLiveHeapMb ?? 0),
    },
    {
      goal: 'Sampled JS heap (garbage included), peak at largest vs smallest size (main thread; worker)',
      target: '≤ 1.2×',
      measured: `${sampledRatio(f.largestMain.peakMainHeapMb, f.smallestMain.peakMainHeapMb)}; ${sampledRatio(f.largest.peakWorkerHeapMb, f.smallestWorker.peakWorkerHeapMb)}`,
      met:
        f.largestMain.peakMainHeapMb <= 1.2 * f.smallestMain.peakMainHeapMb &&
        (f.largest.peakWorkerHeapMb ?? Infinity) <= 1.2 * (f.smallestWorker.peakWorkerHeapMb ?? 0),
    },
  ];
  if (f.incrementalRatio !== undefined) {
    const toMain = f.incrementalRatioToMain
      ? ` (vs the main-thread initial: ${(f.incrementalRatioToMain * 100).toFixed(1)}%)`
      : '';
    goals.push({
      goal: 'Incremental sync (1% changed, 0.1% deleted) vs initial (worker)',
      target: '≤ 5%',
      measured: `${(f.incrementalRatio * 100).toFixed(1)}% ${at}${toMain}`,
      met: f.incrementalRatio <= 0.05,
    });
  }
  if (f.taskPane) {
    const at4 = `at ${f.taskPane.records.toLocaleString('en')} accounts in the list`;
    const debounce = f.taskPane.searchDebounceMs ?? 0;
    goals.push({
      goal: 'Search to first 50 results, real task pane (last keystroke to rows shown)',
      target: '< 100 ms',
      measured: `${f.taskPane.searchMs} ms ${at4}, of which ${debounce} ms is the typing debounce (work: ${(f.taskPane.searchMs - debounce).toFixed(1)} ms)`,
      met: f.taskPane.searchMs < 100,
    });
    goals.push({
      goal: 'Open the records list, real task pane (tab click to rows shown)',
      target: '< 200 ms',
      measured: `${f.taskPane.openListMs} ms ${at4}`,
      met: f.taskPane.openListMs < 200,
    });
  }
  if (f.searchMs !== undefined)
    goals.push({
      goal: 'Search, store query alone (slowest type, limit 50)',
      target: '< 100 ms',
      measured: `${f.searchMs} ms ${at}`,
      met: f.searchMs < 100,
    });
  if (f.listMs !== undefined)
    goals.push({
      goal: 'List first 50, store query alone (slowest type)',
      target: '< 200 ms',
      measured: `${f.listMs} ms ${at}`,
      met: f.listMs < 200,
    });
  return goals;
}

function sampledRatio(largest: number | null, smallest: number | null): string {
  if (largest === null || smallest === null || smallest === 0) return 'not sampled';
  return `${(largest / smallest).toFixed(2)}× (${largest} vs ${smallest} MB)`;
}

/** The field profile's figures (issue 17) and the session limit the engine ships with. */
interface FieldFigures {
  readonly initial: ServerLoadRow;
  readonly incremental: ServerLoadRow;
  /** The wire profile's default `maximumSessions`. */
  readonly sessionLimit: number;
}

/**
 * The goals of issue 17, against the field profile's bounds measured in the same run: the initial
 * sync within 1.5× of the larger of the write bound and the latency bound while holding no more
 * sessions than the default limit; the incremental sync within 5 % of the initial's time and
 * requests; and the server's load per synchronized record reported.
 */
export function judgeFieldGoals(f: FieldFigures): Goal[] {
  const { initial, incremental } = f;
  const at = `at ${initial.size.toLocaleString('en')} records (${initial.records.toLocaleString('en')} synchronized)`;
  const bound = Math.max(initial.writeBoundS ?? 0, initial.latencyBoundS);
  const perThousand = (row: ServerLoadRow) =>
    `${row.requestsPer1kRecords ?? '-'} requests and ${row.sessionsPer1kRecords ?? '-'} sessions per 1,000 records`;
  const timeShare = incremental.timeVsInitial ?? Infinity;
  const requestShare = incremental.requestsVsInitial ?? Infinity;
  return [
    {
      goal: 'Field profile: initial sync vs max(write bound, latency bound) (Chromium, worker)',
      target: `≤ 1.5×, ≤ ${f.sessionLimit} sessions`,
      measured:
        `${initial.ratioToBound ?? '?'}× ${at}: ${initial.syncS} s vs ${bound} s (write ${initial.writeBoundS} s; latency ${initial.requests} requests ÷ ${initial.peakSessions} sessions = ${initial.latencyBoundS} s); ` +
        `${initial.peakSessions} sessions at once, ${initial.logins} logins`,
      met: initial.ratioToBound !== null && initial.ratioToBound <= 1.5 && initial.peakSessions <= f.sessionLimit,
    },
    {
      goal: 'Field profile: incremental sync (1% changed, 0.1% deleted) vs initial, time and requests',
      target: '≤ 5% and ≤ 5%',
      measured: `time ${(timeShare * 100).toFixed(1)}% (${incremental.syncS} s), requests ${(requestShare * 100).toFixed(1)}% (${incremental.requests} of ${initial.requests}) ${at}`,
      met: timeShare <= 0.05 && requestShare <= 0.05,
    },
    {
      goal: "Field profile: the server's load per synchronized record",
      target: 'reported',
      measured: `initial ${perThousand(initial)}; incremental ${perThousand(incremental)} (${incremental.records} records)`,
      met: initial.requestsPer1kRecords !== null,
    },
  ];
}
