/** One goal of issue 7, judged on this run's figures. */
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
  readonly peakLiveHeapMb: number | null;
}

interface Figures {
  /** The engine in the worker (the configuration the task pane should use). */
  readonly largest: EngineFigures;
  /** The engine on the main thread: its heap is the engine's heap, which CDP sees only there. */
  readonly largestMain: EngineFigures;
  readonly smallestMain: EngineFigures;
  readonly incrementalRatio?: number;
  readonly searchMs?: number;
  readonly listMs?: number;
}

/**
 * The goals of issue 7; in a quick run they are judged at the largest size that ran (said in
 * `measured`). Time and responsiveness are judged with the engine in the worker, memory with the
 * engine on the main thread (same code and data flow, and the only heap CDP samples).
 */
export function judgeGoals(f: Figures): Goal[] {
  const at = `at ${f.largest.size.toLocaleString('en')} records`;
  const busyPer100k = (f.largest.mainThreadBusyS * 100_000) / f.largest.records;
  const goals: Goal[] = [
    { goal: 'Initial sync vs best raw IndexedDB write (Chromium, worker)', target: '≤ 1.4×', measured: `${f.largest.ratio}× ${at} (main thread: ${f.largestMain.ratio}×)`, met: f.largest.ratio <= 1.4 },
    { goal: 'Main-thread work during sync, per 100,000 records (worker)', target: '≤ 5 s', measured: `${busyPer100k.toFixed(2)} s ${at} (main thread: ${((f.largestMain.mainThreadBusyS * 100_000) / f.largestMain.records).toFixed(2)} s)`, met: busyPer100k <= 5 },
    { goal: 'Longest main-thread task during sync (worker)', target: '≤ 100 ms', measured: `${f.largest.longestTaskMs} ms ${at} (main thread: ${f.largestMain.longestTaskMs} ms)`, met: f.largest.longestTaskMs <= 100 },
    { goal: 'Peak JS heap during initial sync (engine on main thread)', target: '< 100 MB', measured: `${f.largestMain.peakMainHeapMb} MB ${at}`, met: f.largestMain.peakMainHeapMb < 100 },
    {
      goal: 'Peak LIVE JS heap (after GC), largest vs smallest size',
      target: '≤ 1.2×',
      measured: `${((f.largestMain.peakLiveHeapMb ?? 0) / (f.smallestMain.peakLiveHeapMb ?? 1)).toFixed(2)}× (${f.largestMain.peakLiveHeapMb} vs ${f.smallestMain.peakLiveHeapMb} MB)`,
      met: (f.largestMain.peakLiveHeapMb ?? Infinity) <= 1.2 * (f.smallestMain.peakLiveHeapMb ?? 0),
    },
    {
      goal: 'Peak JS heap, largest vs smallest size',
      target: '≤ 1.2×',
      measured: `${(f.largestMain.peakMainHeapMb / f.smallestMain.peakMainHeapMb).toFixed(2)}× (${f.largestMain.peakMainHeapMb} vs ${f.smallestMain.peakMainHeapMb} MB)`,
      met: f.largestMain.peakMainHeapMb <= 1.2 * f.smallestMain.peakMainHeapMb,
    },
  ];
  if (f.incrementalRatio !== undefined) goals.push({ goal: 'Incremental sync (1% changed, 0.1% deleted) vs initial', target: '≤ 5%', measured: `${(f.incrementalRatio * 100).toFixed(1)}% ${at}`, met: f.incrementalRatio <= 0.05 });
  if (f.searchMs !== undefined) goals.push({ goal: 'Search to first 50 results (store query, slowest type)', target: '< 100 ms', measured: `${f.searchMs} ms ${at}`, met: f.searchMs < 100 });
  if (f.listMs !== undefined) goals.push({ goal: 'Open the records list (first 50, slowest type)', target: '< 200 ms', measured: `${f.listMs} ms ${at}`, met: f.listMs < 200 });
  return goals;
}
