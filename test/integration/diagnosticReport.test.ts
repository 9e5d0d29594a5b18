import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { buildDiagnosticReport, DIAGNOSTIC_RUNS, parseDeployment, updateRecord } from '../../src/sync';
import { createWorld, expectedRecords, useSyncWorld } from './support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * The helpdesk's report over what real runs left in the store: it names versions, package, settings
 * and runs, and — searched as the reliability suite searches logs — holds no password, no session
 * token and no record data, even when a run's issue quotes a value Siebel refused.
 */
describe('the diagnostic report after real synchronizations', () => {
  it('tells the helpdesk what ran and holds no secret and no CRM data', async () => {
    const world = await createWorld();
    const tokens = new Set<string>();
    const recordingTokens: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const text = await response.clone().text();
      for (const match of text.matchAll(/<(?:[\w-]+:)?SessionToken[^>]*>([^<]+)</g)) tokens.add(match[1]);
      return response;
    };
    world.clock.advance(HOUR);
    const first = await world.engine({ fetch: recordingTokens }).synchronize({ connection: world.connection() });
    expect(first.outcome).toBe('succeeded');
    const db = await world.store.activeDatabase();
    if (!db) throw new Error('no active database');
    const ctx = { db, pkg: await parsePackage((await db.installedPackage()).files), now: world.clock.now };
    const opportunity = expectedRecords(world.simulator, 'Opportunity')[0];
    // A value outside the bounded pick-list: Siebel refuses it and the issue's message quotes it.
    await updateRecord(ctx, 'Opportunity', String(opportunity.Id), { SalesStage: '99 - Dreaming' });
    world.clock.advance(HOUR);
    const second = await world.engine({ fetch: recordingTokens }).synchronize({ connection: world.connection() });
    expect(second.issues.map((i) => i.message).join(' ')).toContain('99 - Dreaming');
    expect(tokens.size).toBeGreaterThan(0);

    const deployment = parseDeployment(
      { admin: { supportContact: 'CRM helpdesk, +1 555 0100', offerRememberPassword: false } },
      'deployment.json',
    );
    const { password, userName, endpointUrl } = world.connection();
    const installed = await db.installedPackage();
    const report = buildDiagnosticReport({
      generatedAt: new Date(world.clock.now()),
      addin: { version: '0.1.0', build: 'production build for https://crm-desktop.example.com/' },
      host: { kind: 'outlook', application: 'Outlook', platform: 'OfficeOnline', version: '16.0.1', language: 'de-DE' },
      login: { serverUrl: endpointUrl, userName },
      installedPackage: installed,
      deployment,
      storage: { usageBytes: 3_145_728, quotaBytes: 1_073_741_824 },
      local: { pendingChanges: await db.countPendingChanges(), issues: await db.countIssues() },
      syncLog: await world.store.listSyncLog(DIAGNOSTIC_RUNS),
    });

    expect(report).toContain('Add-in: 0.1.0 (production build for https://crm-desktop.example.com/)');
    expect(report).toContain('Host: outlook, Outlook OfficeOnline 16.0.1, language de-DE');
    expect(report).toContain(`Login: JSMITH at ${endpointUrl}`);
    expect(report).toContain(
      `Package: ${installed.packageId} (responsibility ${installed.responsibilityId}, hash ${installed.hashValue})`,
    );
    expect(report).toContain('Storage: 3.0 MB used of 1024.0 MB allowed');
    expect(report).toContain('Local changes: 1 waiting to be sent, 1 open issues');
    expect(report).toContain('"supportContact": "CRM helpdesk, +1 555 0100"');
    expect(report).toMatch(/- \S+ initial succeeded, [\d.]+ s\n {4}received: Account \+\d+/);
    expect(report).toMatch(/incremental succeeded, [\d.]+ s[\s\S]*issues: Opportunity 1/);

    expect(report).not.toContain(password);
    for (const token of tokens) expect(report).not.toContain(token);
    expect(report).not.toContain('99 - Dreaming');
    for (const typeId of ['Account', 'Contact', 'Opportunity']) {
      for (const record of expectedRecords(world.simulator, typeId).slice(0, 20)) {
        const name = String(record.Name ?? record['Last Name'] ?? '');
        if (name.length >= 4) expect(report).not.toContain(name);
      }
    }
  });

  it('cuts a secret the caller knows out of an error text that quotes it', () => {
    const report = buildDiagnosticReport(
      {
        generatedAt: new Date(0),
        addin: { version: '0.1.0', build: 'from source' },
        host: { kind: 'cli' },
        login: null,
        installedPackage: null,
        deployment: parseDeployment(null, 'deployment.json'),
        storage: null,
        local: null,
        syncLog: [
          {
            startedAt: 0,
            endedAt: 1500,
            kind: 'initial',
            outcome: 'failed',
            counts: {},
            issues: [],
            error: { code: 'BadCredentials', message: 'Siebel refused the login of JSMITH with password Hunter22!' },
          },
        ],
      },
      ['Hunter22!'],
    );
    expect(report).toContain('error BadCredentials: Siebel refused the login of JSMITH with password [redacted]');
    expect(report).not.toContain('Hunter22!');
    expect(report).toContain('Login: none saved');
    expect(report).toContain('Package: none installed');
  });
});
