import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ADMIN_SETTINGS,
  openInSiebelUrl,
  parseAdminSettings,
  parseDeployment,
  throttleAt,
  withDeployment,
  type AdminSettings,
  type SyncEngine,
} from '../../../src/sync';
import type { SynchronizeOptions } from '../../../src/sync/createSyncEngine';
import { pacedFetch } from '../../../src/sync/session/pacedFetch';
import { DeploymentSettingsError } from '../../../src/sync/errors/DeploymentSettingsError';

const FILE = 'deployment.json';

function problemsOf(input: unknown): readonly string[] {
  try {
    parseAdminSettings(input, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(DeploymentSettingsError);
    return (error as DeploymentSettingsError).problems;
  }
  throw new Error('expected the settings to be refused');
}

/** A local time: 2026-12-07 is a Monday. */
const at = (day: number, hh: number, mm = 0) => new Date(2026, 11, 6 + day, hh, mm);

describe('parseAdminSettings', () => {
  it('leaves everything open without a section', () => {
    expect(parseAdminSettings(undefined, FILE)).toBe(DEFAULT_ADMIN_SETTINGS);
    expect(parseDeployment({ wire: {} }, FILE).admin).toBe(DEFAULT_ADMIN_SETTINGS);
  });

  it('reads a complete section as an administrator writes it', () => {
    const admin = parseAdminSettings(
      {
        $comment: 'Contoso, rolled out 2026-12',
        serverUrl: 'https://crm.contoso.com/siebel/app/eai/enu?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1',
        lockServerUrl: true,
        autoSyncMinutes: [60, 0, 30, 30],
        defaultAutoSyncMinutes: 60,
        offerRememberPassword: false,
        throttling: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '10:00', autoSync: false },
          { from: '22:00', to: '02:00', delayBetweenRequestsMs: 250 },
        ],
        openInSiebel: {
          Account:
            'https://crm.contoso.com/siebel/app/sales/enu?SWECmd=GotoView&SWEView=Account+Detail+View&SWERowId={id}',
        },
        supportContact: 'CRM helpdesk, +1 555 0100',
      },
      FILE,
    );
    expect(admin).toMatchObject({
      lockServerUrl: true,
      autoSyncChoices: [0, 30, 60],
      defaultAutoSyncMinutes: 60,
      offerRememberPassword: false,
      supportContact: 'CRM helpdesk, +1 555 0100',
    });
    expect(admin.throttling[0]).toEqual({
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      from: 480,
      to: 600,
      autoSync: false,
      delayBetweenRequestsMs: 0,
    });
    expect(admin.throttling[1].days).toHaveLength(7);
  });

  it('reports every problem at once, each saying what is expected, and never echoes a URL with credentials', () => {
    const problems = problemsOf({
      serverUrl: 'https://user:secret@crm.example.com/eai',
      lockServerUrl: 'yes',
      autoSyncMinutes: [],
      offerRememberPassword: 1,
      throttling: [{ days: ['monday'], from: '8:00', to: '25:00' }],
      openInSiebel: { Account: 'https://crm.example.com/view', Contact: 'http://crm.example.com/?id={id}' },
      supportContact: '',
      colour: 'blue',
    });
    expect(problems.join('\n')).not.toContain('secret');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"colour" is not an admin setting'),
        expect.stringMatching(/^serverUrl: .*user name or password/),
        'lockServerUrl must be true or false, not "yes"',
        expect.stringContaining('autoSyncMinutes must be a non-empty list'),
        'offerRememberPassword must be true or false, not 1',
        expect.stringContaining('throttling[0].days must be a non-empty list'),
        expect.stringContaining('throttling[0].from must be a time of day'),
        expect.stringContaining('throttling[0].to must be a time of day'),
        expect.stringContaining('throttling[0] changes nothing'),
        expect.stringContaining('openInSiebel.Account must be a URL with {id}'),
        expect.stringMatching(/^openInSiebel\.Contact: .*http/),
        expect.stringContaining('supportContact must be a text'),
      ]),
    );
  });

  it('refuses a lock without a URL and a default interval that is not offered', () => {
    expect(problemsOf({ lockServerUrl: true })).toEqual([
      'lockServerUrl needs serverUrl: the URL the users are locked to',
    ]);
    expect(problemsOf({ autoSyncMinutes: [0, 60], defaultAutoSyncMinutes: 30 })).toEqual([
      'defaultAutoSyncMinutes must be one of autoSyncMinutes (0, 60), not 30',
    ]);
  });

  it('picks the shortest interval that is on when the usual default is not offered', () => {
    expect(parseAdminSettings({ autoSyncMinutes: [0, 240, 120] }, FILE).defaultAutoSyncMinutes).toBe(120);
    expect(parseAdminSettings({ autoSyncMinutes: [0] }, FILE).defaultAutoSyncMinutes).toBe(0);
  });

  it('names the section and the administrator in the error the task pane shows', () => {
    expect(() => parseDeployment({ admin: { lockServerUrl: true } }, FILE)).toThrow(
      /administrator settings in deployment\.json cannot be used: .* contact your CRM administrator/,
    );
  });
});

describe('throttleAt', () => {
  const admin: AdminSettings = parseAdminSettings(
    {
      throttling: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '10:00', autoSync: false },
        { days: ['fri'], from: '22:00', to: '02:00', delayBetweenRequestsMs: 250 },
        { days: ['mon'], from: '09:00', to: '09:30', delayBetweenRequestsMs: 100 },
      ],
    },
    FILE,
  );

  it('applies a window on its days, from inclusive to exclusive', () => {
    expect(throttleAt(admin, at(1, 7, 59))).toEqual({ autoSync: true, delayBetweenRequestsMs: 0 });
    expect(throttleAt(admin, at(1, 8, 0))).toEqual({ autoSync: false, delayBetweenRequestsMs: 0 });
    expect(throttleAt(admin, at(1, 10, 0))).toEqual({ autoSync: true, delayBetweenRequestsMs: 0 });
    expect(throttleAt(admin, at(6, 9, 0))).toEqual({ autoSync: true, delayBetweenRequestsMs: 0 });
  });

  it('takes the strictest of overlapping windows', () => {
    expect(throttleAt(admin, at(1, 9, 15))).toEqual({ autoSync: false, delayBetweenRequestsMs: 100 });
  });

  it('runs a window past midnight into the next day only', () => {
    expect(throttleAt(admin, at(5, 23, 0)).delayBetweenRequestsMs).toBe(250);
    expect(throttleAt(admin, at(6, 1, 59)).delayBetweenRequestsMs).toBe(250);
    expect(throttleAt(admin, at(6, 2, 0)).delayBetweenRequestsMs).toBe(0);
    expect(throttleAt(admin, at(4, 1, 0)).delayBetweenRequestsMs).toBe(0);
  });
});

describe('openInSiebelUrl', () => {
  const admin = parseAdminSettings(
    {
      openInSiebel: {
        Account: 'https://crm.example.com/sales/enu?SWECmd=GotoView&SWEView=Account+Detail+View&SWERowId={id}',
        '*': 'https://crm.example.com/sales/enu?SWECmd=GotoView&SWEView={type}+Detail+View&SWERowId={id}',
      },
    },
    FILE,
  );

  it('fills the record Id (encoded) into its type’s pattern, else the fallback', () => {
    expect(openInSiebelUrl(admin, 'Account', '1-ABC&x')).toBe(
      'https://crm.example.com/sales/enu?SWECmd=GotoView&SWEView=Account+Detail+View&SWERowId=1-ABC%26x',
    );
    expect(openInSiebelUrl(admin, 'Contact', '1-C')).toBe(
      'https://crm.example.com/sales/enu?SWECmd=GotoView&SWEView=Contact+Detail+View&SWERowId=1-C',
    );
  });

  it('gives no link when nothing is configured', () => {
    expect(openInSiebelUrl(DEFAULT_ADMIN_SETTINGS, 'Account', '1-A')).toBeNull();
  });
});

describe('withDeployment and the throttling windows', () => {
  it('gives a run started in a window the delay between requests, and none outside', async () => {
    const seen: SynchronizeOptions[] = [];
    const engine: SyncEngine = {
      synchronize: async (options) => (seen.push(options), {} as never),
      status: async () => ({ running: false, lastRun: null }),
    };
    const deployment = parseDeployment(
      { admin: { throttling: [{ days: ['mon'], from: '09:00', to: '17:00', delayBetweenRequestsMs: 200 }] } },
      FILE,
    );
    let now = at(1, 10);
    const deployed = withDeployment(engine, deployment, () => now);
    const connection = { endpointUrl: 'https://siebel.test/eai', userName: 'U', password: 'p' };
    await deployed.synchronize({ connection });
    now = at(1, 18);
    await deployed.synchronize({ connection });
    expect(seen.map((o) => o.connection.requestDelayMs)).toEqual([200, 0]);
  });
});

describe('pacedFetch', () => {
  it('waits before every request and gives up the wait when the request is aborted', async () => {
    const started: number[] = [];
    const inner: typeof fetch = async () => (started.push(performance.now()), new Response('ok'));
    const paced = pacedFetch(inner, 40);
    const t0 = performance.now();
    await paced('https://siebel.test/a');
    await paced('https://siebel.test/b');
    expect(started[0] - t0).toBeGreaterThanOrEqual(35);
    expect(started[1] - started[0]).toBeGreaterThanOrEqual(35);
    const controller = new AbortController();
    const aborted = paced('https://siebel.test/c', { signal: controller.signal });
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(aborted).rejects.toThrow('stopped');
    expect(started).toHaveLength(2);
  });
});
