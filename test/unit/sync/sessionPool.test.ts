import { describe, expect, it } from 'vitest';
import { SessionError } from '../../../src/siebel';
import type { SiebelPort } from '../../../src/sync/ports';
import { ConcurrencyController } from '../../../src/sync/session/concurrencyController';
import { SessionPool } from '../../../src/sync/session/sessionPool';

const noRoom = () =>
  new SessionError({
    code: 'TooManySessions',
    operation: 'AccountQueryPage',
    url: 'https://siebel.test/',
    userName: 'JSMITH',
  });
const overload = new Error('HTTP 503');

/** A port whose calls are `work` (a test function); counts its session like a real one. */
function fakePort(name: string, log: string[], options: { refuseLogin?: boolean } = {}): SiebelPort & { name: string } {
  let open = false;
  const own = { opened: 0, closed: 0 };
  const call = async () => {
    if (!open) {
      if (options.refuseLogin) throw noRoom();
      open = true;
      own.opened++;
    }
    return name;
  };
  return {
    name,
    downloadMetadata: async () => {
      throw new Error('not used');
    },
    queryPage: call as unknown as SiebelPort['queryPage'],
    executeBatch: async () => [],
    logoff: async () => {
      log.push(`logoff ${name}`);
      if (open) {
        open = false;
        own.closed++;
      }
      return { ok: true };
    },
    sessions: () => ({ ...own }),
    traffic: () => ({ requests: own.opened, bytesSent: 10, bytesReceived: 20 }),
  };
}

function pool(maximum: number, opens: Array<{ refuseLogin?: boolean }> = []) {
  const log: string[] = [];
  const primary = fakePort('main', log);
  let n = 0;
  const controller = new ConcurrencyController(maximum);
  const sessions = new SessionPool({
    primary,
    open: () => {
      n++;
      log.push(`open extra${n}`);
      return fakePort(`extra${n}`, log, opens[n - 1] ?? {});
    },
    controller,
    clock: { now: () => 0, sleep: async () => undefined },
    isOverload: (error) => error === overload,
    isSessionLimit: (error) => error instanceof SessionError && error.code === 'TooManySessions',
    logoffTimeoutMs: 1000,
  });
  return { log, primary, controller, sessions };
}

/** A task that holds its session until `release()` and says which session ran it. */
function held() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    release,
    task: async (port: SiebelPort) => {
      const name = await port.queryPage({} as never);
      await gate;
      return name as unknown as string;
    },
  };
}

describe('SessionPool', () => {
  it('runs on the main session first and opens extras only for requests that would wait, up to the limit', async () => {
    const { sessions, log } = pool(3);
    const a = held();
    const b = held();
    const c = held();
    const d = held();
    const runs = [sessions.use(a.task), sessions.use(b.task), sessions.use(c.task)];
    const fourth = sessions.use(d.task);
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['open extra1', 'open extra2']);
    expect(sessions.size).toBe(3);
    a.release();
    b.release();
    c.release();
    d.release();
    expect(await Promise.all([...runs, fourth])).toEqual([
      'main',
      'extra1',
      'extra2',
      expect.stringMatching(/main|extra/),
    ]);
    expect(sessions.peak).toBe(3);
  });

  it('takes a login refused for lack of room (SBL-SMI-00114) as a cue to use fewer sessions, not as an error', async () => {
    const { sessions, controller, log } = pool(4, [{ refuseLogin: true }]);
    const a = held();
    const first = sessions.use(a.task);
    // The second request opens extra1, which is refused: it then waits for the main session.
    const second = sessions.use(async (port) => (await port.queryPage({} as never)) as unknown as string);
    await new Promise((r) => setTimeout(r, 0));
    expect(controller.limit).toBe(2);
    a.release();
    expect(await first).toBe('main');
    expect(await second).toMatch(/main|extra2/);
    await sessions.closeExtras();
    // The refused session was never opened, so it is neither counted nor logged off.
    expect(log).not.toContain('logoff extra1');
    const counts = sessions.sessions();
    expect(counts.opened).toBe(counts.closed);
  });

  it('halves on overload and logs off the idle extras above the new limit, never the main session', async () => {
    const { sessions, controller, log } = pool(4);
    const tasks = [held(), held(), held(), held()];
    const runs = tasks.map((t) => sessions.use(t.task));
    await new Promise((r) => setTimeout(r, 0));
    for (const t of tasks) t.release();
    await Promise.all(runs);
    expect(sessions.size).toBe(4);
    await expect(sessions.use(async () => Promise.reject(overload))).rejects.toBe(overload);
    expect(controller.limit).toBe(2);
    expect(sessions.size).toBe(2);
    expect(log.filter((line) => line.startsWith('logoff'))).toHaveLength(2);
    expect(log).not.toContain('logoff main');
  });

  it('logs off idle extras when a query ends and every extra at the end, counting opened === closed and their traffic', async () => {
    const { sessions, log } = pool(3);
    const tasks = [held(), held(), held()];
    const runs = tasks.map((t) => sessions.use(t.task));
    await new Promise((r) => setTimeout(r, 0));
    tasks[0].release();
    await runs[0];
    sessions.releaseIdle();
    expect(log.filter((line) => line.startsWith('logoff'))).toEqual([]);
    tasks[1].release();
    tasks[2].release();
    await Promise.all(runs);
    sessions.releaseIdle();
    await sessions.closeExtras();
    expect(log.filter((line) => line.startsWith('logoff')).sort()).toEqual(['logoff extra1', 'logoff extra2']);
    expect(sessions.sessions()).toEqual({ opened: 2, closed: 2 });
    expect(sessions.traffic()).toEqual({ requests: 2, bytesSent: 20, bytesReceived: 40 });
  });

  it("never cuts off a new session's login with the run's signal (its token is needed to log it off)", async () => {
    const { sessions } = pool(2);
    const controller = new AbortController();
    const signals: Array<AbortSignal | undefined> = [];
    const a = held();
    const first = sessions.use(async (port, signal) => {
      signals.push(signal);
      return a.task(port);
    }, controller.signal);
    const second = sessions.use(async (port, signal) => {
      signals.push(signal);
      return (await port.queryPage({} as never)) as unknown as string;
    }, controller.signal);
    a.release();
    await Promise.all([first, second]);
    // The main session is logged in already; extra1's first call is its login.
    expect(signals).toEqual([controller.signal, undefined]);
    await sessions.closeExtras();
  });

  it('stops waiting for a session when the signal aborts', async () => {
    const { sessions } = pool(1);
    const a = held();
    const first = sessions.use(a.task);
    const controller = new AbortController();
    const waiting = sessions.use(a.task, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    a.release();
    await first;
  });
});
