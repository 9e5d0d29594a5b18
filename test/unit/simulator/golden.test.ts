import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulator, DEMO_USERS, type Simulator, type SimulatorOptions } from '../../../src/simulator';
import { canonicalXml, mask } from './support/canonicalXml';
import { call } from './support/soap';

/*
 * Golden tests: the simulator parses the client's golden requests and its answers equal the golden
 * responses/faults after canonicalization (session tokens and log file names masked where noted).
 */
const fixture = (path: string) => readFileSync(new URL(`../../fixtures/soap/${path}`, import.meta.url), 'utf8');
const canonical = (xml: string, masked: string[] = ['logfilename']) => mask(canonicalXml(xml), masked);

const GOLDEN_FILES = [
  {
    name: 'info.xml',
    type: 'XML',
    content: '<?xml version="1.0" encoding="utf-8"?>\n<info><package name="Sales Représentative" version="1.0.0"/></info>\n',
  },
  { name: 'package_res.xml', type: 'XML', content: '<res_root><str key="obj_account">Account &amp; Co</str></res_root>\n' },
];

/** The fixed state of test/fixtures/soap/README.md: JSMITH/secret, TOKEN-1, TOKEN-2, hash 5f1c0a9e2b7d4c3a. */
function goldenSimulator(goldenFiles = true, extra: SimulatorOptions = {}): Simulator {
  let issued = 0;
  const simulator = createSimulator({
    users: DEMO_USERS.map((user) => (user.userName === 'JSMITH' ? { ...user, password: 'secret' } : user)),
    tokenGenerator: () => `TOKEN-${++issued}`,
    packageHash: () => '5f1c0a9e2b7d4c3a',
    data: { accounts: 0 },
    ...extra,
  });
  if (goldenFiles) simulator.admin.publishPackage('sales-rep', { kind: 'files', files: GOLDEN_FILES });
  return simulator;
}

describe('golden fixtures', () => {
  it('answers the login request with the files response and TOKEN-1', async () => {
    const simulator = goldenSimulator();
    const answer = await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    expect(answer.status).toBe(200);
    expect(canonical(answer.text)).toEqual(canonical(fixture('metadata/DownloadMetadataFiles.files.response.xml')));
  });

  it('answers the cached request with the unchanged response and TOKEN-2', async () => {
    const simulator = goldenSimulator();
    await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    const answer = await call(simulator, fixture('metadata/DownloadMetadataFiles.cached.request.xml'));
    expect(canonical(answer.text)).toEqual(canonical(fixture('metadata/DownloadMetadataFiles.unchanged.response.xml')));
  });

  it('answers the logoff request without a token and closes the session', async () => {
    const simulator = goldenSimulator();
    await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    await call(simulator, fixture('metadata/DownloadMetadataFiles.cached.request.xml'));
    const answer = await call(simulator, fixture('metadata/DownloadMetadataFiles.logoff.request.xml'));
    expect(answer.status).toBe(200);
    expect(answer.token).toBeUndefined();
    const unchangedBody = canonical(fixture('metadata/DownloadMetadataFiles.unchanged.response.xml')).children[1];
    expect(canonical(answer.text).children).toEqual([unchangedBody]);
    expect(simulator.openSessionCount()).toBe(0);
  });

  it('answers a NOPKG login with the no-package fault', async () => {
    const simulator = goldenSimulator();
    const request = fixture('metadata/DownloadMetadataFiles.login.request.xml').replace('JSMITH', 'NOPKG').replace('secret', 'Welcome1');
    const answer = await call(simulator, request);
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(fixture('metadata/DownloadMetadataFiles.no-package.fault.xml')));
  });

  it('answers a wrong password with the bad-credentials fault', async () => {
    const simulator = goldenSimulator();
    const answer = await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml').replace('secret', 'wrong'));
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(fixture('session/bad-credentials.fault.xml')));
  });

  it('answers an unknown token with the session-rejected fault', async () => {
    const simulator = goldenSimulator();
    const answer = await call(simulator, fixture('metadata/DownloadMetadataFiles.cached.request.xml'));
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(fixture('session/session-rejected.fault.xml')));
  });

  it('answers the first QueryPage request (escaped SearchSpec) with a page of the Account collection', async () => {
    const simulator = goldenSimulator(false);
    await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    simulator.data.create('Account', { Id: '1-4ABCD', Name: "O'Brien & Sons", Location: 'Cork', Updated: '02/02/2024 16:05:10' });
    simulator.data.create('Account', { Id: '1-4ABCE', Name: 'Globex', Location: 'Paris', Updated: '02/03/2024 08:30:00' });
    simulator.data.create('Account', { Id: '1-4ABCF', Name: 'Old', Location: 'Rome', Updated: '01/01/2024 08:30:00' });
    const answer = await call(simulator, fixture('data/QueryPage.first.request.xml'));
    expect(answer.status).toBe(200);
    const ids = answer.text.match(/<Id>[^<]*<\/Id>/g);
    expect(ids).toEqual(['<Id>1-4ABCE</Id>']);
  });

  it('answers the next-page request with the page response (escaping, non-ASCII, empty field)', async () => {
    const simulator = goldenSimulator(false);
    await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    const create = (Id: string, Name: string, Location: string, Updated: string) => simulator.data.create('Account', { Id, Name, Location, Updated });
    create('1-4ABCA', 'First', 'Berlin', '01/01/2024 00:00:00');
    create('1-4ABCB', 'Second', 'Berlin', '01/01/2024 00:00:00');
    create('1-4ABCD', 'Müller & Söhne <GmbH>', 'Köln', '02/02/2024 16:05:10');
    create('1-4ABCF', 'Globex 🚀', '', '02/03/2024 08:30:00');
    create('1-4ABCG', 'Fifth', 'Rome', '01/01/2024 00:00:00');
    await call(simulator, fixture('data/QueryPage.first.request.xml')); // TOKEN-1 in, TOKEN-2 out
    const answer = await call(simulator, fixture('data/QueryPage.next.request.xml'));
    expect(answer.token).toBe('TOKEN-3');
    expect(canonical(answer.text, ['SessionToken'])).toEqual(canonical(fixture('data/QueryPage.page.response.xml'), ['SessionToken']));
  });

  it('answers a page past the end with the last-page response', async () => {
    const simulator = goldenSimulator(false);
    await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    simulator.data.create('Account', { Id: '1-4ABCA', Name: 'First', Location: 'Berlin' });
    simulator.data.create('Account', { Id: '1-4ABCB', Name: 'Second', Location: 'Berlin' });
    await call(simulator, fixture('data/QueryPage.first.request.xml'));
    const answer = await call(simulator, fixture('data/QueryPage.next.request.xml'));
    expect(canonical(answer.text, ['SessionToken'])).toEqual(canonical(fixture('data/QueryPage.last.response.xml'), ['SessionToken']));
  });

  it('answers an unknown field with the unknown-field fault', async () => {
    const simulator = goldenSimulator(false);
    await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    const request = fixture('data/QueryPage.first.request.xml').replace('<Location/>', '<Owner/>');
    const answer = await call(simulator, request);
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(fixture('data/QueryPage.unknown-field.fault.xml')));
  });

  it('answers the ExecuteBatch request: insert with server values, a conflict on a changed contact, a delete', async () => {
    const simulator = goldenSimulator(false, { clock: { now: () => Date.UTC(2024, 1, 4, 9, 0, 0) } });
    await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    // The client read the contact at 02/02/2024 16:05:10; someone changed it since.
    simulator.data.create('Contact', { Id: '1-2000001', 'Last Name': 'Meyer', 'Job Title': 'Buyer', Updated: '02/03/2024 10:00:00' });
    simulator.data.create('Opportunity', { Id: '1-3000002', Name: 'Fleet Renewal', Updated: '02/03/2024 08:30:00' });
    const answer = await call(simulator, fixture('upload/ExecuteBatch.request.xml'));
    expect(answer.status).toBe(200);
    expect(canonical(answer.text)).toEqual(canonical(fixture('upload/ExecuteBatch.response.xml')));
    expect(simulator.data.get('Contact', '1-2000001')).toMatchObject({ 'Job Title': 'Buyer' });
    expect(simulator.data.get('Opportunity', '1-3000002')).toBeUndefined();
  });

  it('answers a batch over max_commands_per_batch with the too-many-commands fault and runs none of it', async () => {
    const simulator = goldenSimulator(false);
    const files = simulator.admin.packageFiles('sales-rep').map((file) =>
      file.name === 'siebel_meta_info.xml' ? { ...file, content: file.content.replace(/<max_commands_per_batch>50</, '<max_commands_per_batch>2<') } : file,
    );
    simulator.admin.publishPackage('sales-rep', { kind: 'files', files });
    await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    simulator.data.create('Opportunity', { Id: '1-3000002', Name: 'Fleet Renewal', Updated: '02/03/2024 08:30:00' });
    const answer = await call(simulator, fixture('upload/ExecuteBatch.request.xml'));
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(fixture('upload/ExecuteBatch.too-many-commands.fault.xml')));
    expect(simulator.data.count('Account')).toBe(0);
    expect(simulator.data.get('Opportunity', '1-3000002')).toBeDefined();
  });
});
