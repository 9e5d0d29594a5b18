import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSimulator,
  startSimulatorServer,
  type Simulator,
  type SimulatorOptions,
  type SimulatorServer,
} from '../../src/simulator';
import { writeFile } from 'node:fs/promises';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/crm-desktop-sync.mjs');
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
  });
}

async function setup(
  options: SimulatorOptions = {},
): Promise<{ simulator: Simulator; server: SimulatorServer; dataDir: string }> {
  const simulator = createSimulator({
    data: { accounts: 10, contactsPerAccount: 1, opportunitiesPerAccount: 1, activitiesPerAccount: 1, seed: 11 },
    ...options,
  });
  const server = await startSimulatorServer(simulator, { port: 0 });
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-desktop-sync-'));
  cleanups.push(
    () => server.close(),
    () => rm(dataDir, { recursive: true, force: true }),
  );
  return { simulator, server, dataDir };
}

describe('crm-desktop-sync (command-line tool, as a subprocess)', () => {
  it('synchronizes in the wire profile of --deployment, and refuses an invalid deployment file before sending anything', async () => {
    const wire = {
      operationNamespace: 'http://crm.example.com/ws',
      messageShape: 'siebelMessage',
      queryCriteria: 'searchSpecArgument',
    } as const;
    const { simulator, server, dataDir } = await setup({ wire });
    const deployment = join(dataDir, 'deployment.json');
    await writeFile(deployment, JSON.stringify({ wire }));
    const ok = await runCli(
      ['--server', server.endpointUrl, '--user', 'JSMITH', '--deployment', deployment, '--json'],
      { CRM_DESKTOP_PASSWORD: 'Welcome1' },
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ kind: 'initial', outcome: 'succeeded' });

    await writeFile(deployment, JSON.stringify({ wire: { queryCriteria: 'sql' } }));
    const calls = JSON.stringify(simulator.counters().calls);
    const refused = await runCli(['--server', server.endpointUrl, '--user', 'JSMITH', '--deployment', deployment], {
      CRM_DESKTOP_PASSWORD: 'Welcome1',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/queryCriteria must be one of/);
    expect(JSON.stringify(simulator.counters().calls)).toBe(calls);
  }, 90_000);

  it('keeps the data in --data between runs so the second run is incremental, and prints JSON with --json', async () => {
    const { simulator, server, dataDir } = await setup();
    const args = ['--server', server.endpointUrl, '--user', 'JSMITH', '--data', dataDir, '--json'];
    const first = await runCli(args, { CRM_DESKTOP_PASSWORD: 'Welcome1' });
    expect(first.code, first.stderr).toBe(0);
    const initial = JSON.parse(first.stdout);
    expect(initial).toMatchObject({ kind: 'initial', outcome: 'succeeded', sessions: { opened: 1, closed: 1 } });
    expect(initial.totals.Account).toBe(simulator.data.count('Account', 'JSMITH'));
    expect((await readdir(dataDir)).some((name) => name.endsWith('.idb.json'))).toBe(true);
    expect(simulator.openSessionCount()).toBe(0);

    const created = simulator.data.create('Account', { Name: 'From the CLI test' }, { owner: 'JSMITH' });
    const second = await runCli(args, { CRM_DESKTOP_PASSWORD: 'Welcome1' });
    expect(second.code, second.stderr).toBe(0);
    const incremental = JSON.parse(second.stdout);
    expect(incremental).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
    expect(incremental.counts.Account.added).toBe(1);
    expect(incremental.totals.Account).toBe(initial.totals.Account + 1);
    expect(created.Id).toBeTruthy();
    expect(simulator.openSessionCount()).toBe(0);
  }, 90_000);

  it('prints the diagnostic report of --data with --diagnostics, without the password or any record', async () => {
    const { simulator, server, dataDir } = await setup();
    const sync = await runCli(['--server', server.endpointUrl, '--user', 'JSMITH', '--data', dataDir], {
      CRM_DESKTOP_PASSWORD: 'Welcome1',
    });
    expect(sync.code, sync.stderr).toBe(0);
    const report = await runCli(['--diagnostics', '--data', dataDir], { CRM_DESKTOP_PASSWORD: 'Welcome1' });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/^CRM Desktop for Outlook — diagnostic report\n/);
    expect(report.stdout).toMatch(/Add-in: \d+\.\d+\.\d+ \(command line\)/);
    expect(report.stdout).toMatch(/Host: cli, Node\.js \w+ \d+/);
    expect(report.stdout).toContain('Package: 1-PKG-SALES');
    expect(report.stdout).toMatch(/initial succeeded, [\d.]+ s/);
    expect(report.stdout).not.toContain('Welcome1');
    const [someAccount] = simulator.data.list('Account', 'JSMITH');
    expect(report.stdout).not.toContain(String(someAccount.Name));
    expect(simulator.openSessionCount()).toBe(0);
  }, 90_000);

  it('prints a summary table, reads the password from the variable named by --password-env, and never echoes it', async () => {
    const { server, simulator } = await setup();
    const run = await runCli(['--server', server.endpointUrl, '--user', 'JSMITH', '--password-env', 'MY_SIEBEL_PW'], {
      MY_SIEBEL_PW: 'Welcome1',
      CRM_DESKTOP_PASSWORD: '',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Package id:\s+1-PKG-SALES/);
    expect(run.stdout).toMatch(/Sessions:\s+1 opened, 1 closed/);
    expect(run.stdout).toMatch(/^Account\s+\d+\s+0\s+0\s+\d+$/m);
    expect(run.stdout + run.stderr).not.toContain('Welcome1');
    expect(simulator.openSessionCount()).toBe(0);
  }, 60_000);

  it("reports the run's sessions and, when the engine counts it, its traffic as the server counted it (table and --json)", async () => {
    const { server, simulator } = await setup();
    const args = ['--server', server.endpointUrl, '--user', 'JSMITH'];
    const run = await runCli([...args, '--json'], { CRM_DESKTOP_PASSWORD: 'Welcome1' });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    const counted = simulator.admin.resetTraffic();
    expect(report.sessions).toEqual({ opened: counted.logins, closed: counted.logoffs });
    // `traffic` comes with the engine's concurrent sessions; engines without it print none.
    if (report.traffic !== undefined) {
      expect(report.traffic).toMatchObject({ requests: counted.requests, peakSessions: counted.peakSessions });
      expect(report.traffic.bytesReceived).toBeGreaterThan(0);
    }

    const table = await runCli(args, { CRM_DESKTOP_PASSWORD: 'Welcome1' });
    expect(table.code, table.stderr).toBe(0);
    const again = simulator.admin.traffic();
    expect(table.stdout).toMatch(new RegExp(`^Sessions:\\s+${again.logins} opened, ${again.logoffs} closed`, 'm'));
    if (report.traffic !== undefined)
      expect(table.stdout).toMatch(new RegExp(`^Requests:\\s+${again.requests} \\(.+ sent, .+ received\\)$`, 'm'));
    else expect(table.stdout).not.toMatch(/^Requests:/m);
  }, 90_000);

  it('exits non-zero with the error message when the login fails, and refuses --password', async () => {
    const { server, simulator } = await setup();
    const failed = await runCli(['--server', server.endpointUrl, '--user', 'JSMITH'], {
      CRM_DESKTOP_PASSWORD: 'not-the-password',
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/crm-desktop-sync: .+/);
    expect(failed.stdout + failed.stderr).not.toContain('not-the-password');
    expect(simulator.openSessionCount()).toBe(0);

    const refused = await runCli(['--server', server.endpointUrl, '--user', 'JSMITH', '--password', 'Welcome1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--password is refused/);
  }, 60_000);
});
