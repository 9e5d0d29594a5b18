import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every common platform. */
const MS_PER_TICK = 10;

/**
 * CPU time (user + system, ms) used so far by every Chromium process of this machine, from
 * /proc; `null` where there is no /proc (the bench then cannot tell and does not wait).
 */
export function chromiumCpuMs(): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    // "pid (comm) state ppid …": comm may hold spaces, so split after the last ")".
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (!/chrom/i.test(comm)) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  }
  return ticks * MS_PER_TICK;
}

/**
 * Waits until Chromium's processes use less than `idleShare` of one core over a `windowMs`
 * window, at most `maxMs`. After writing hundreds of thousands of records IndexedDB's LevelDB
 * compacts in the background for 10–15 s using up to both cores of this machine: an incremental
 * sync timed right then measures the compaction (2.0 s instead of 0.8 s), which a rep's
 * incremental sync, minutes or hours after the first one, never meets.
 */
export async function waitForIdleBrowser(
  options: { idleShare?: number; windowMs?: number; maxMs?: number } = {},
): Promise<{ waitedMs: number; settled: boolean }> {
  const { idleShare = 0.1, windowMs = 1000, maxMs = 60_000 } = options;
  const started = Date.now();
  for (;;) {
    const before = chromiumCpuMs();
    if (before === null) return { waitedMs: 0, settled: false };
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const used = (chromiumCpuMs() ?? before) - before;
    const waitedMs = Date.now() - started;
    if (used < idleShare * windowMs) return { waitedMs, settled: true };
    if (waitedMs >= maxMs) return { waitedMs, settled: false };
  }
}
