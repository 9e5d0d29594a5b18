// Tests tagged `@exclusive` run with no other test at the same time, although the workers run tests
// in parallel otherwise (docs/browser-tests.md, "Parallelism"): they race the page against real
// time windows that a second browser on this machine's two cores makes them miss. Playwright has no
// such mode across workers, so the workers (separate processes) share a directory of lock files:
// `exclusive` (the pid of its holder) and one `shared-<pid>` per worker running an ordinary test.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable naming the lock directory, set by globalSetup.ts for the workers. */
export const LOCKS_ENV = 'CRM_DESKTOP_BROWSER_LOCKS';
/** The tag of a test that must run alone: `test('…', { tag: EXCLUSIVE_TAG }, async …)`. */
export const EXCLUSIVE_TAG = '@exclusive';

const EXCLUSIVE = 'exclusive';
const SHARED = 'shared-';
const POLL_MS = 100;

const sleep = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));

/** Whether process `pid` still runs: a worker killed in the middle of a test leaves its lock behind. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True while a live process holds (or waits to take) the exclusive lock; removes a dead holder's. */
function exclusiveTaken(dir: string): boolean {
  let owner: number;
  try {
    owner = Number(readFileSync(join(dir, EXCLUSIVE), 'utf8'));
  } catch {
    return false;
  }
  if (owner === 0 || alive(owner)) return true; // 0: just created, pid not written yet
  rmSync(join(dir, EXCLUSIVE), { force: true });
  return false;
}

/** Whether another live process runs an ordinary test; removes the locks of dead ones. */
function othersShare(dir: string): boolean {
  return readdirSync(dir).some((name) => {
    if (!name.startsWith(SHARED)) return false;
    const pid = Number(name.slice(SHARED.length));
    if (pid === process.pid) return false;
    if (alive(pid)) return true;
    rmSync(join(dir, name), { force: true });
    return false;
  });
}

/** Waits until no exclusive test runs or waits, then holds a shared lock; returns its release. */
async function acquireShared(dir: string): Promise<() => void> {
  const mine = join(dir, `${SHARED}${process.pid}`);
  for (;;) {
    if (!exclusiveTaken(dir)) {
      writeFileSync(mine, '');
      // An exclusive test may have taken its lock in between: it goes first.
      if (!exclusiveTaken(dir)) return () => rmSync(mine, { force: true });
      rmSync(mine, { force: true });
    }
    await sleep();
  }
}

/** Takes the exclusive lock (new ordinary tests now wait), then waits for the running ones to end. */
async function acquireExclusive(dir: string): Promise<() => void> {
  const lock = join(dir, EXCLUSIVE);
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      exclusiveTaken(dir); // clears a dead holder's lock
      await sleep();
    }
  }
  while (othersShare(dir)) await sleep();
  return () => rmSync(lock, { force: true });
}

/**
 * Waits for this test's turn (alone when `exclusive`, else beside other ordinary tests) and returns
 * the release. Without the lock directory (no global setup) every test simply runs.
 */
export async function takeMachine(exclusive: boolean): Promise<() => void> {
  const dir = process.env[LOCKS_ENV];
  if (!dir) return () => undefined;
  return exclusive ? acquireExclusive(dir) : acquireShared(dir);
}
