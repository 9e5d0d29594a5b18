import { describe, expect, it } from 'vitest';
import { createWorld, useSyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * Found by the model-based suite (test/model, seed 1): a logoff whose connection dropped before
 * it reached the server left that session open until Siebel's idle timeout, and the report
 * counted it as closed. Shrunk schedule: sync; inject fault {operation: DownloadMetadataFiles,
 * onCall: 2, kind: drop}; sync. With one session, the second DownloadMetadataFiles of a run is
 * its logoff (token + SessionType=None).
 */
describe('a logoff lost on the way', () => {
  async function syncedWorld() {
    const world = await createWorld();
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    world.clock.advance(HOUR);
    return world;
  }

  it('is sent again, so no session stays open and the report counts it closed', async () => {
    const world = await syncedWorld();
    world.simulator.faults.add({ operation: 'DownloadMetadataFiles', onCall: 2, times: 1, kind: 'drop' });
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(world.simulator.counters().faultsInjected).toBe(1);
    expect(world.simulator.openSessionCount()).toBe(0);
    expect(report.sessions).toEqual({ opened: 1, closed: 1 });
  });

  it('when it fails for good, is reported as a session not closed', async () => {
    const world = await syncedWorld();
    // The logoff and both of its retries.
    world.simulator.faults.add({ operation: 'DownloadMetadataFiles', onCall: 2, times: 3, kind: 'drop' });
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(world.simulator.openSessionCount()).toBe(1);
    expect(report.sessions).toEqual({ opened: 1, closed: 0 });
  });
});
