import { describe, expect, it } from 'vitest';
import { parseDeployment, withDeployment } from '../../src/sync';
import { createWorld, useSyncWorld } from './support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * The administrator's delay between requests (deployment file `admin.throttling`), end to end: a
 * run started inside the window paces every request it sends to Siebel, logoff included (that a run
 * outside the window gets no delay is test/unit/sync/adminSettings.test.ts's). Real time is measured
 * with a lower bound only, so a slow machine cannot fail it.
 */
describe('a throttling window with a delay between requests', () => {
  async function startsOf(delayMs: number): Promise<number[]> {
    const world = await createWorld();
    world.clock.advance(HOUR);
    const starts: number[] = [];
    const timing: typeof fetch = (input, init) => (starts.push(performance.now()), fetch(input, init));
    const deployment = parseDeployment(
      { admin: { throttling: [{ from: '00:00', to: '24:00', delayBetweenRequestsMs: delayMs }] } },
      'deployment.json',
    );
    const engine = withDeployment(world.engine({ fetch: timing }), deployment);
    const report = await engine.synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(world.simulator.openSessionCount()).toBe(0);
    return starts;
  }

  it('waits before every request of a run started in the window', async () => {
    const starts = await startsOf(40);
    expect(starts.length).toBeGreaterThan(5);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]);
    // One session: each request follows the previous answer, after the pause.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(35);
  });
});
