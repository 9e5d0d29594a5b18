import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEPLOYMENT,
  DeploymentSettingsError,
  parseDeployment,
  withDeployment,
  type SyncEngine,
} from '../../../src/sync';
import { DEFAULT_SYNC_SETTINGS } from '../../../src/sync/settings/syncSettings';
import type { SynchronizeOptions } from '../../../src/sync/createSyncEngine';

describe('the sync section of the deployment file', () => {
  it('defaults to a full deletion check every 24 hours, and reads 0 (every run) and fractions of hours', () => {
    expect(DEFAULT_SYNC_SETTINGS.deletionCheckHours).toBe(24);
    expect(parseDeployment(null, 'deployment.json').sync).toEqual({ deletionCheckHours: 24 });
    expect(parseDeployment({ wire: {} }, 'deployment.json').sync).toEqual({ deletionCheckHours: 24 });
    expect(parseDeployment({ sync: { deletionCheckHours: 0 } }, 'deployment.json').sync).toEqual({
      deletionCheckHours: 0,
    });
    expect(parseDeployment({ sync: { deletionCheckHours: 1.5, $comment: 'why' } }, 'deployment.json').sync).toEqual({
      deletionCheckHours: 1.5,
    });
  });

  it('names the file and every bad setting at once', () => {
    const parse = () =>
      parseDeployment({ sync: { deletionCheckHours: -1, deletionCheckMinutes: 5 } }, 'deploy/deployment.json');
    expect(parse).toThrow(DeploymentSettingsError);
    expect(parse).toThrow(/deploy\/deployment\.json/);
    expect(parse).toThrow(
      /deletionCheckHours must be a number of hours from 0 \(check on every synchronization\) to 744, not -1/,
    );
    expect(parse).toThrow(/"deletionCheckMinutes" is not a sync setting/);
    expect(() => parseDeployment({ sync: { deletionCheckHours: '24' } }, 'd.json')).toThrow(/not "24"/);
    expect(() => parseDeployment({ sync: [] }, 'd.json')).toThrow(/must be a JSON object/);
    expect(() => parseDeployment({ synch: {} }, 'd.json')).toThrow(
      /"synch" is not a section of the deployment file \(known: wire, sync, share, admin\)/,
    );
  });

  it("hands the setting to every run, a run's own value winning", async () => {
    const seen: SynchronizeOptions[] = [];
    const engine: SyncEngine = {
      synchronize: async (options) => (seen.push(options), {} as never),
      status: async () => ({ running: false, lastRun: null }),
    };
    const deployed = withDeployment(engine, parseDeployment({ sync: { deletionCheckHours: 6 } }, 'd.json'));
    const connection = { endpointUrl: 'https://siebel.test/eai', userName: 'U', password: 'p' };
    await deployed.synchronize({ connection });
    await deployed.synchronize({ connection, deletionCheckHours: 0 });
    await withDeployment(engine, DEFAULT_DEPLOYMENT).synchronize({ connection });
    expect(seen.map((o) => o.deletionCheckHours)).toEqual([6, 0, 24]);
  });
});
