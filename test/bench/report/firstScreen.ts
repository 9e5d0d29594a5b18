import type { Goal } from './goals';
import { median, round } from './stats';

/** Issue 20's goals for the first screen (reported, never asserted). */
export const FIRST_SCREEN_GOALS = { warmMs: 500, scriptGzipKiB: 150 } as const;

/** One script the page fetched (or took from its cache) before its first screen was interactive. */
export interface ScriptFetch {
  /** Path on the server, e.g. `/taskpane.3f2a….js`. */
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** One load of the task pane, as the page measured it. */
export interface FirstScreenLoad {
  /** Which first screen showed: the first-run wizard, or the records list (a profile that finished the wizard). */
  readonly screen: 'wizard' | 'records';
  /** ms from navigation start (`performance.now()` in the page) to the first interactive screen. */
  readonly interactiveMs: number;
  readonly domContentLoadedMs: number;
  readonly scripts: readonly ScriptFetch[];
}

/** Median figures of one kind of load (cold or warm). */
export interface FirstScreenSummary {
  readonly load: string;
  readonly screen: string;
  readonly runs: number;
  readonly interactiveMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly domContentLoadedMs: number;
  readonly scripts: number;
  readonly scriptKiB: number;
  readonly scriptGzipKiB: number;
  /** The scripts of the median load's set (the same in every run unless the build changed), for the JSON. */
  readonly scriptFiles: readonly string[];
}

/** Sums the scripts of one load, counting each path once (a chunk fetched twice is still one chunk). */
export function scriptTotals(scripts: readonly ScriptFetch[]): { count: number; bytes: number; gzipBytes: number } {
  const unique = new Map(scripts.map((s) => [s.path, s]));
  let bytes = 0;
  let gzipBytes = 0;
  for (const s of unique.values()) {
    bytes += s.bytes;
    gzipBytes += s.gzipBytes;
  }
  return { count: unique.size, bytes, gzipBytes };
}

/** The medians of `loads` (all of one kind and screen); throws on an empty list. */
export function summarizeLoads(load: string, loads: readonly FirstScreenLoad[]): FirstScreenSummary {
  if (loads.length === 0) throw new Error(`no ${load} loads to summarize`);
  const times = loads.map((l) => l.interactiveMs);
  const totals = loads.map((l) => scriptTotals(l.scripts));
  const screens = [...new Set(loads.map((l) => l.screen))];
  return {
    load,
    screen: screens.join('+'),
    runs: loads.length,
    interactiveMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
    domContentLoadedMs: round(median(loads.map((l) => l.domContentLoadedMs))),
    scripts: median(totals.map((t) => t.count)),
    scriptKiB: round(median(totals.map((t) => t.bytes)) / 1024),
    scriptGzipKiB: round(median(totals.map((t) => t.gzipBytes)) / 1024),
    scriptFiles: [...new Set(loads[0].scripts.map((s) => s.path))].sort(),
  };
}

/** Issue 20's goals, judged on the wizard's warm load (the screen every fresh profile shows). */
export function judgeFirstScreenGoals(rows: readonly FirstScreenSummary[]): Goal[] {
  const warm = rows.find((r) => r.load === 'warm' && r.screen === 'wizard');
  const any = warm ?? rows[0];
  if (!any) return [];
  const goals: Goal[] = [];
  if (warm)
    goals.push({
      goal: 'first screen interactive, warm cache (issue 20)',
      target: `≤ ${FIRST_SCREEN_GOALS.warmMs} ms`,
      measured: `${warm.interactiveMs} ms (median of ${warm.runs}; ${warm.minMs}–${warm.maxMs})`,
      met: warm.interactiveMs <= FIRST_SCREEN_GOALS.warmMs,
    });
  goals.push({
    goal: 'script of the first screen, gzipped (issue 20)',
    target: `≤ ${FIRST_SCREEN_GOALS.scriptGzipKiB} KiB`,
    measured: `${any.scriptGzipKiB} KiB in ${any.scripts} scripts (${any.scriptKiB} KiB raw)`,
    met: any.scriptGzipKiB <= FIRST_SCREEN_GOALS.scriptGzipKiB,
  });
  return goals;
}

/**
 * True for a production file name carrying a content hash (`taskpane.1a2b3c4d5e6f7a8b.js`,
 * `812.0f1e2d3c.js`): a server may let browsers keep it for a year without asking again.
 */
export function isContentHashed(path: string): boolean {
  return /\.[0-9a-f]{8,}\.[a-z]+$/i.test(path);
}
