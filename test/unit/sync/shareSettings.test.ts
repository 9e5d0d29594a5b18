import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARE_SETTINGS,
  DeploymentSettingsError,
  parseDeployment,
  withDeployment,
  type SyncEngine,
} from '../../../src/sync';
import type { SynchronizeOptions } from '../../../src/sync/createSyncEngine';
import { categoryNote } from '../../../src/taskpane/components/email/categoryNote';

describe('the share section of the deployment file', () => {
  it('defaults to our own key field and the "Shared with Siebel" category, and reads other names or no category', () => {
    expect(DEFAULT_SHARE_SETTINGS).toEqual({ keyField: 'CRMD Share Key', category: 'Shared with Siebel' });
    expect(parseDeployment(null, 'deployment.json').share).toEqual(DEFAULT_SHARE_SETTINGS);
    expect(parseDeployment({ wire: {} }, 'deployment.json').share).toEqual(DEFAULT_SHARE_SETTINGS);
    expect(parseDeployment({ share: { keyField: ' Email Share Key ', category: 'CRM' } }, 'd.json').share).toEqual({
      keyField: 'Email Share Key',
      category: 'CRM',
    });
    expect(parseDeployment({ share: { category: null, $comment: 'no categories here' } }, 'd.json').share).toEqual({
      keyField: 'CRMD Share Key',
      category: null,
    });
  });

  it('names the file and every bad setting at once', () => {
    const parse = () =>
      parseDeployment({ share: { keyField: '', category: 7, colour: 'red' } }, 'deploy/deployment.json');
    expect(parse).toThrow(DeploymentSettingsError);
    expect(parse).toThrow(/The Share with Siebel settings in deploy\/deployment\.json cannot be used/);
    expect(parse).toThrow(/keyField must name a field of the package's Action object \(1 to 75 characters\), not ""/);
    expect(parse).toThrow(/category must be an Outlook category name \(1 to 255 characters\) or null for none, not 7/);
    expect(parse).toThrow(/"colour" is not a share setting/);
    expect(parse).toThrow(/contact your CRM administrator/);
    expect(() => parseDeployment({ share: 'CRMD Share Key' }, 'd.json')).toThrow(
      /"share" section must be a JSON object/,
    );
  });

  it("hands the key field to every run, a run's own value winning", async () => {
    const seen: SynchronizeOptions[] = [];
    const engine: SyncEngine = {
      synchronize: async (options) => (seen.push(options), {} as never),
      status: async () => ({ running: false, lastRun: null }),
    };
    const connection = { endpointUrl: 'https://siebel.test/eai', userName: 'U', password: 'p' };
    await withDeployment(engine, parseDeployment({ share: { keyField: 'Email Share Key' } }, 'd.json')).synchronize({
      connection,
    });
    await withDeployment(engine, parseDeployment(null, 'd.json')).synchronize({ connection, shareKeyField: 'Other' });
    expect(seen.map((o) => o.shareKeyField)).toEqual(['Email Share Key', 'Other']);
  });

  it("names the deployment's category in the pane's notes, and says nothing when none is applied", () => {
    expect(categoryNote({ recorded: true, category: 'notInMasterList' }, 'email', 'CRM')).toMatch(
      /create an Outlook category named "CRM" once/,
    );
    expect(categoryNote({ recorded: true, category: 'none' }, 'email', null)).toBeNull();
  });
});
