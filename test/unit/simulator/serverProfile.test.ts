import { describe, expect, it } from 'vitest';
import {
  createSimulator,
  FIELD_PROFILE,
  INSTANT_PROFILE,
  SimulatorOptionError,
  type SimulatorClock,
  type SimulatorOptions,
} from '../../../src/simulator';
import { parseCliArgs } from '../../../src/simulator/cli/parseCliArgs';
import { recordRandom } from '../../../src/simulator/data/random';
import { adminApi } from '../../../src/simulator/node/adminApi';
import { ManualClock } from '../../support/ManualClock';
import { ENDPOINT, call, envelope, login, metadataBody, queryBody } from './support/soap';

/** A clock that records the sleeps the simulator asks for and ends each at once. */
function recordingClock(): SimulatorClock & { slept: number[] } {
  const slept: number[] = [];
  return { slept, now: () => Date.UTC(2024, 0, 1), sleep: async (ms) => void slept.push(ms) };
}

const tokenCall = (token: string, sessionType = 'Stateless') => envelope({ sessionType, token }, metadataBody());
const credentialsCall = (user = 'JSMITH', password = 'Welcome1') =>
  envelope({ user, password, sessionType: 'Stateless' }, metadataBody());

describe('simulator per-call latency', () => {
  it('waits fixedMs on the simulator clock before every EAI call: login, QueryPage, ExecuteBatch and logoff', async () => {
    const clock = recordingClock();
    const simulator = createSimulator({ clock, latency: { fixedMs: 150 }, data: { accounts: 2 } });
    const token = await login(simulator);
    const page = await call(simulator, envelope({ sessionType: 'Stateless', token }, queryBody()));
    const batch = await call(
      simulator,
      envelope({ sessionType: 'Stateless', token: page.token }, '<cus:ExecuteBatch_Input/>'),
    );
    await call(simulator, tokenCall(page.token!, 'None'));
    expect(batch.status).toBe(500);
    expect(clock.slept).toEqual([150, 150, 150, 150]);
  });

  it('does not answer before the manual clock has moved by the latency', async () => {
    const clock = new ManualClock();
    const simulator = createSimulator({ clock, latency: { fixedMs: 200 } });
    let answered = false;
    const pending = simulator
      .handle(new Request(ENDPOINT, { method: 'POST', body: credentialsCall() }))
      .then((response) => ((answered = true), response));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(clock.pendingSleeps).toBe(1);
    await clock.advance(199);
    expect(answered).toBe(false);
    await clock.advance(1);
    expect((await pending).status).toBe(200);
  });

  it('adds jitter drawn from the random option: bounded by jitterMs and the same for the same seed', async () => {
    const run = async () => {
      const clock = recordingClock();
      const simulator = createSimulator({
        clock,
        latency: { fixedMs: 100, jitterMs: 50 },
        random: recordRandom(17, 0, 0),
      });
      let token = await login(simulator);
      for (let i = 0; i < 20; i += 1) token = (await call(simulator, tokenCall(token))).token!;
      return clock.slept;
    };
    const first = await run();
    expect(first).toHaveLength(21);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...first)).toBeLessThanOrEqual(150);
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(await run()).toEqual(first);
  });

  it('waits also before a fault answer, and adds a latency fault rule on top', async () => {
    const clock = recordingClock();
    const simulator = createSimulator({ clock, latency: { fixedMs: 150 } });
    simulator.faults.add({ kind: 'latency', ms: 1_000 });
    const refused = await call(simulator, credentialsCall('JSMITH', 'wrong'));
    expect(refused.errorCodes).toEqual(['SBL-SEC-10018']);
    expect(clock.slept).toEqual([150, 1_000]);
  });

  it('answers at once without the option (the instant profile)', async () => {
    const clock = recordingClock();
    await login(createSimulator({ clock }));
    expect(clock.slept).toEqual([]);
  });

  it('changes and removes the latency at run time through admin.configure and the admin API', async () => {
    const clock = recordingClock();
    const simulator = createSimulator({ clock });
    expect(simulator.admin.configure({ latency: { fixedMs: 80, jitterMs: 0 } }).latency).toEqual({
      fixedMs: 80,
      jitterMs: 0,
    });
    const token = await login(simulator);
    expect(adminApi(simulator, 'POST', 'settings', { latency: null })).toMatchObject({
      status: 200,
      body: { latency: null },
    });
    await call(simulator, tokenCall(token));
    expect(clock.slept).toEqual([80]);
  });

  it('refuses a negative or non-numeric latency naming the part', () => {
    expect(() => createSimulator({ latency: { fixedMs: -1 } })).toThrow(SimulatorOptionError);
    expect(() => createSimulator({ latency: { fixedMs: 10, jitterMs: Number.NaN } })).toThrow('latency.jitterMs');
    const simulator = createSimulator();
    expect(adminApi(simulator, 'POST', 'settings', { latency: { fixedMs: 'slow' } }).status).toBe(400);
    expect(simulator.admin.settings().latency).toBeNull();
  });
});

describe('simulator sessions per user', () => {
  it('refuses the (n+1)th concurrent login with SBL-SMI-00114 and counts the refusal', async () => {
    const simulator = createSimulator({ maxSessionsPerUser: 2 });
    await login(simulator);
    await login(simulator);
    const refused = await call(simulator, credentialsCall());
    expect(refused.status).toBe(500);
    expect(refused.faultCode).toContain('Server');
    expect(refused.errorCodes).toEqual(['SBL-SMI-00114']);
    expect(refused.text).toContain("maximum number of concurrent tasks (2) for user 'JSMITH'");
    expect(refused.token).toBeUndefined();
    expect(simulator.openSessionCount()).toBe(2);
    expect(simulator.counters()).toMatchObject({ logins: 2, refusedSessions: 1, failedLogins: 0 });
  });

  it('accepts a login again after a logoff', async () => {
    const simulator = createSimulator({ maxSessionsPerUser: 2 });
    const first = await login(simulator);
    await login(simulator);
    expect((await call(simulator, credentialsCall())).errorCodes).toEqual(['SBL-SMI-00114']);
    await call(simulator, tokenCall(first, 'None'));
    expect((await call(simulator, credentialsCall())).status).toBe(200);
    expect(simulator.openSessionCount()).toBe(2);
  });

  it('leaves room when a session times out or the server restarts', async () => {
    const clock = new ManualClock();
    const simulator = createSimulator({ clock, maxSessionsPerUser: 1, sessionTokenTimeoutSeconds: 60 });
    await login(simulator);
    expect((await call(simulator, credentialsCall())).errorCodes).toEqual(['SBL-SMI-00114']);
    await clock.advance(60_001);
    await login(simulator);
    simulator.admin.restart();
    await login(simulator);
    expect(simulator.counters().refusedSessions).toBe(1);
  });

  it('bounds each user on his own and keeps calls with a valid token working', async () => {
    const simulator = createSimulator({ maxSessionsPerUser: 1 });
    const token = await login(simulator);
    await login(simulator, 'MJONES', 'Welcome1');
    expect((await call(simulator, tokenCall(token))).status).toBe(200);
    expect((await call(simulator, credentialsCall())).errorCodes).toEqual(['SBL-SMI-00114']);
  });

  it('is unbounded by default and changes at run time (null lifts it)', async () => {
    const simulator = createSimulator();
    for (let i = 0; i < 10; i += 1) await login(simulator);
    expect(simulator.admin.settings().maxSessionsPerUser).toBeNull();
    simulator.admin.configure({ maxSessionsPerUser: 10 });
    expect((await call(simulator, credentialsCall())).errorCodes).toEqual(['SBL-SMI-00114']);
    expect(adminApi(simulator, 'POST', 'settings', { maxSessionsPerUser: null }).status).toBe(200);
    expect((await call(simulator, credentialsCall())).status).toBe(200);
    expect(() => simulator.admin.configure({ maxSessionsPerUser: 0 })).toThrow('maxSessionsPerUser');
  });

  it('restores the creation settings on admin.reset', () => {
    const simulator = createSimulator({ maxSessionsPerUser: 3, latency: { fixedMs: 5 } });
    simulator.admin.configure({ maxSessionsPerUser: null, latency: null, maximumPageSize: 7 });
    simulator.admin.reset();
    expect(simulator.admin.settings()).toMatchObject({
      maxSessionsPerUser: 3,
      latency: { fixedMs: 5, jitterMs: 0 },
      maximumPageSize: 100,
    });
  });
});

describe('simulator server profiles', () => {
  it('names an instant profile (the defaults) and a field profile', () => {
    expect(INSTANT_PROFILE).toEqual({ maximumPageSize: 100 });
    expect(FIELD_PROFILE).toEqual({
      latency: { fixedMs: 150, jitterMs: 50 },
      maximumPageSize: 100,
      maxSessionsPerUser: 4,
    });
    expect(createSimulator(INSTANT_PROFILE).admin.settings()).toMatchObject({
      latency: null,
      maximumPageSize: 100,
      maxSessionsPerUser: null,
    });
    expect(createSimulator(FIELD_PROFILE).admin.settings()).toMatchObject({
      latency: { fixedMs: 150, jitterMs: 50 },
      maximumPageSize: 100,
      maxSessionsPerUser: 4,
    });
  });

  it('makes a field server take 150 to 200 ms a call and refuse a fifth session', async () => {
    const clock = recordingClock();
    const simulator = createSimulator({ ...FIELD_PROFILE, clock, random: recordRandom(1, 0, 0) });
    for (let i = 0; i < 4; i += 1) await login(simulator);
    expect((await call(simulator, credentialsCall())).errorCodes).toEqual(['SBL-SMI-00114']);
    expect(clock.slept).toHaveLength(5);
    expect(Math.min(...clock.slept)).toBeGreaterThanOrEqual(150);
    expect(Math.max(...clock.slept)).toBeLessThanOrEqual(200);
  });
});

describe('simulator command line: server profile', () => {
  const options = (...argv: string[]): SimulatorOptions => parseCliArgs(argv).options;

  it('applies --profile field and --profile instant', () => {
    expect(options('--profile', 'field')).toMatchObject(FIELD_PROFILE);
    expect(options('--profile', 'instant')).toMatchObject({ maximumPageSize: 100 });
    expect(options('--profile', 'instant')).not.toHaveProperty('latency');
    expect(options()).not.toHaveProperty('maxSessionsPerUser');
  });

  it('lets explicit flags override the profile', () => {
    expect(
      options(
        '--profile',
        'field',
        '--latency',
        '300',
        '--maximum-page-size',
        '500',
        '--max-sessions-per-user',
        'unbounded',
      ),
    ).toMatchObject({
      latency: { fixedMs: 300, jitterMs: 50 },
      maximumPageSize: 500,
      maxSessionsPerUser: Infinity,
    });
    expect(options('--jitter', '20')).toMatchObject({ latency: { fixedMs: 0, jitterMs: 20 } });
    expect(options('--max-sessions-per-user', '2')).toMatchObject({ maxSessionsPerUser: 2 });
  });

  it('refuses an unknown profile or a bad latency or session bound naming the flag', () => {
    for (const [flag, value] of [
      ['--profile', 'slow'],
      ['--latency', '-5'],
      ['--jitter', 'lots'],
      ['--max-sessions-per-user', '0'],
      ['--max-sessions-per-user', '1.5'],
    ]) {
      expect(() => parseCliArgs([flag, value])).toThrow(SimulatorOptionError);
      expect(() => parseCliArgs([flag, value])).toThrow(flag);
    }
  });
});
