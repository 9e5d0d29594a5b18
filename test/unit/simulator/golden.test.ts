import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createSimulator,
  DEMO_USERS,
  LEGACY_SIMULATOR_WIRE,
  type Simulator,
  type SimulatorOptions,
  type SimulatorWireOptions,
} from '../../../src/simulator';
import { canonicalXml, findAll, mask } from './support/canonicalXml';
import { call, envelope, metadataBody } from './support/soap';

/*
 * Golden tests: the simulator parses the client's golden requests and its answers equal the golden
 * responses/faults after canonicalization (session tokens and log file names masked where noted).
 * test/fixtures/soap/ holds the default (field) shape, test/fixtures/soap/legacy/ the shape before
 * field evidence: each folder is played against a simulator with the matching wire profile.
 */
const fixture = (path: string) => readFileSync(new URL(`../../fixtures/soap/${path}`, import.meta.url), 'utf8');
const canonical = (xml: string, masked: string[] = ['logfilename']) => mask(canonicalXml(xml), masked);

const GOLDEN_FILES = [
  {
    name: 'info.xml',
    type: 'XML',
    content:
      '<?xml version="1.0" encoding="utf-8"?>\n<info><package name="Sales Représentative" version="1.0.0"/></info>\n',
  },
  {
    name: 'package_res.xml',
    type: 'XML',
    content: '<res_root><str key="obj_account">Account &amp; Co</str></res_root>\n',
  },
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

const FOLDERS = [
  { name: 'default profile, test/fixtures/soap/', folder: '', wire: undefined },
  { name: 'legacy profile, test/fixtures/soap/legacy/', folder: 'legacy/', wire: LEGACY_SIMULATOR_WIRE },
] as const;

describe.each(FOLDERS)('golden fixtures ($name)', ({ folder, wire }) => {
  const golden = (path: string) => fixture(`${folder}${path}`);
  const simulatorFor = (goldenFiles = true, extra: SimulatorOptions = {}) =>
    goldenSimulator(goldenFiles, { ...extra, ...(wire ? { wire } : {}) });

  it('answers the login request with the files response and TOKEN-1', async () => {
    const simulator = simulatorFor();
    const answer = await call(simulator, golden('metadata/DownloadMetadataFiles.login.request.xml'));
    expect(answer.status).toBe(200);
    expect(canonical(answer.text)).toEqual(canonical(golden('metadata/DownloadMetadataFiles.files.response.xml')));
  });

  it('answers the cached request with the unchanged response and TOKEN-2', async () => {
    const simulator = simulatorFor();
    await call(simulator, golden('metadata/DownloadMetadataFiles.login.request.xml'));
    const answer = await call(simulator, golden('metadata/DownloadMetadataFiles.cached.request.xml'));
    expect(canonical(answer.text)).toEqual(canonical(golden('metadata/DownloadMetadataFiles.unchanged.response.xml')));
  });

  it('answers the logoff request without a token and closes the session', async () => {
    const simulator = simulatorFor();
    await call(simulator, golden('metadata/DownloadMetadataFiles.login.request.xml'));
    await call(simulator, golden('metadata/DownloadMetadataFiles.cached.request.xml'));
    const answer = await call(simulator, golden('metadata/DownloadMetadataFiles.logoff.request.xml'));
    expect(answer.status).toBe(200);
    expect(answer.token).toBeUndefined();
    const unchangedBody = canonical(golden('metadata/DownloadMetadataFiles.unchanged.response.xml')).children[1];
    expect(canonical(answer.text).children).toEqual([unchangedBody]);
    expect(simulator.openSessionCount()).toBe(0);
  });

  it('answers a NOPKG login with the no-package fault', async () => {
    const simulator = simulatorFor();
    const request = golden('metadata/DownloadMetadataFiles.login.request.xml')
      .replace('JSMITH', 'NOPKG')
      .replace('secret', 'Welcome1');
    const answer = await call(simulator, request);
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(golden('metadata/DownloadMetadataFiles.no-package.fault.xml')));
  });

  it('answers a wrong password with the bad-credentials fault', async () => {
    const simulator = simulatorFor();
    const answer = await call(
      simulator,
      golden('metadata/DownloadMetadataFiles.login.request.xml').replace('secret', 'wrong'),
    );
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(golden('session/bad-credentials.fault.xml')));
  });

  it('answers an unknown token with the 10944642 session-rejected fault (field evidence; the legacy golden keeps the retired SBL-EAI-04601)', async () => {
    const simulator = simulatorFor();
    const answer = await call(simulator, golden('metadata/DownloadMetadataFiles.cached.request.xml'));
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(fixture('session/session-rejected.fault.xml')));
  });

  it('answers the first QueryPage request (escaped criteria) with a page of the Account collection', async () => {
    const simulator = simulatorFor(false);
    await call(simulator, golden('metadata/DownloadMetadataFiles.login.request.xml'));
    simulator.data.create('Account', {
      Id: '1-4ABCD',
      Name: "O'Brien & Sons",
      Location: 'Cork',
      Updated: '02/02/2024 16:05:10',
    });
    simulator.data.create('Account', {
      Id: '1-4ABCE',
      Name: 'Globex',
      Location: 'Paris',
      Updated: '02/03/2024 08:30:00',
    });
    simulator.data.create('Account', { Id: '1-4ABCF', Name: 'Old', Location: 'Rome', Updated: '01/01/2024 08:30:00' });
    const answer = await call(simulator, golden('data/QueryPage.first.request.xml'));
    expect(answer.status).toBe(200);
    const ids = answer.text.match(/<Id>[^<]*<\/Id>/g);
    expect(ids).toEqual(['<Id>1-4ABCE</Id>']);
  });

  it('answers the next-page request with the page response (escaping, non-ASCII, empty field)', async () => {
    const simulator = simulatorFor(false);
    await call(simulator, golden('metadata/DownloadMetadataFiles.login.request.xml'));
    const create = (Id: string, Name: string, Location: string, Updated: string) =>
      simulator.data.create('Account', { Id, Name, Location, Updated });
    create('1-4ABCA', 'First', 'Berlin', '01/01/2024 00:00:00');
    create('1-4ABCB', 'Second', 'Berlin', '01/01/2024 00:00:00');
    create('1-4ABCD', 'Müller & Söhne <GmbH>', 'Köln', '02/02/2024 16:05:10');
    create('1-4ABCF', 'Globex 🚀', '', '02/03/2024 08:30:00');
    create('1-4ABCG', 'Fifth', 'Rome', '01/01/2024 00:00:00');
    await call(simulator, golden('data/QueryPage.first.request.xml')); // TOKEN-1 in, TOKEN-2 out
    const answer = await call(simulator, golden('data/QueryPage.next.request.xml'));
    expect(answer.token).toBe('TOKEN-3');
    expect(canonical(answer.text, ['SessionToken'])).toEqual(
      canonical(golden('data/QueryPage.page.response.xml'), ['SessionToken']),
    );
  });

  it('answers a page past the end with the last-page response', async () => {
    const simulator = simulatorFor(false);
    await call(simulator, golden('metadata/DownloadMetadataFiles.login.request.xml'));
    simulator.data.create('Account', { Id: '1-4ABCA', Name: 'First', Location: 'Berlin' });
    simulator.data.create('Account', { Id: '1-4ABCB', Name: 'Second', Location: 'Berlin' });
    await call(simulator, golden('data/QueryPage.first.request.xml'));
    const answer = await call(simulator, golden('data/QueryPage.next.request.xml'));
    expect(canonical(answer.text, ['SessionToken'])).toEqual(
      canonical(golden('data/QueryPage.last.response.xml'), ['SessionToken']),
    );
  });

  it('answers an unknown field with the unknown-field fault', async () => {
    const simulator = simulatorFor(false);
    await call(simulator, golden('metadata/DownloadMetadataFiles.login.request.xml'));
    const request = golden('data/QueryPage.first.request.xml').replace('<Location/>', '<Owner/>');
    const answer = await call(simulator, request);
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(golden('data/QueryPage.unknown-field.fault.xml')));
  });

  it('answers the ExecuteBatch request: insert with server values, a conflict on a changed contact, a delete', async () => {
    const simulator = simulatorFor(false, { clock: { now: () => Date.UTC(2024, 1, 4, 9, 0, 0) } });
    await call(simulator, golden('metadata/DownloadMetadataFiles.login.request.xml'));
    // The client read the contact at 02/02/2024 16:05:10; someone changed it since.
    simulator.data.create('Contact', {
      Id: '1-2000001',
      'Last Name': 'Meyer',
      'Job Title': 'Buyer',
      Updated: '02/03/2024 10:00:00',
    });
    simulator.data.create('Opportunity', { Id: '1-3000002', Name: 'Fleet Renewal', Updated: '02/03/2024 08:30:00' });
    const answer = await call(simulator, golden('upload/ExecuteBatch.request.xml'));
    expect(answer.status).toBe(200);
    expect(canonical(answer.text)).toEqual(canonical(golden('upload/ExecuteBatch.response.xml')));
    expect(simulator.data.get('Contact', '1-2000001')).toMatchObject({ 'Job Title': 'Buyer' });
    expect(simulator.data.get('Opportunity', '1-3000002')).toBeUndefined();
  });

  it('answers a batch over max_commands_per_batch with the too-many-commands fault and runs none of it', async () => {
    const simulator = simulatorFor(false);
    const files = simulator.admin
      .packageFiles('sales-rep')
      .map((file) =>
        file.name === 'siebel_meta_info.xml'
          ? { ...file, content: file.content.replace(/<max_commands_per_batch>50</, '<max_commands_per_batch>2<') }
          : file,
      );
    simulator.admin.publishPackage('sales-rep', { kind: 'files', files });
    await call(simulator, golden('metadata/DownloadMetadataFiles.login.request.xml'));
    simulator.data.create('Opportunity', { Id: '1-3000002', Name: 'Fleet Renewal', Updated: '02/03/2024 08:30:00' });
    const answer = await call(simulator, golden('upload/ExecuteBatch.request.xml'));
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(golden('upload/ExecuteBatch.too-many-commands.fault.xml')));
    expect(simulator.data.count('Account')).toBe(0);
    expect(simulator.data.get('Opportunity', '1-3000002')).toBeDefined();
  });
});

describe('golden faults of the default profile', () => {
  it('answers a PageSize above MaximumPageSize with the page-size fault', async () => {
    const simulator = goldenSimulator(false);
    await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    const request = fixture('data/QueryPage.first.request.xml').replace(
      '<PageSize>100</PageSize>',
      '<PageSize>101</PageSize>',
    );
    const answer = await call(simulator, request);
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(fixture('data/QueryPage.page-size.fault.xml')));
  });

  it('answers a SearchSpec argument with the argument-refused fault', async () => {
    const simulator = goldenSimulator(false);
    await call(simulator, fixture('metadata/DownloadMetadataFiles.login.request.xml'));
    const request = fixture('data/QueryPage.first.request.xml').replace(
      '<PageSize>100</PageSize>',
      "<PageSize>100</PageSize><SearchSpec>[Name] = 'x'</SearchSpec>",
    );
    const answer = await call(simulator, request);
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(canonical(fixture('data/QueryPage.argument-refused.fault.xml')));
  });

  it('answers the legacy login request with the wrong-namespace fault and leaves no session open', async () => {
    const simulator = goldenSimulator();
    const answer = await call(simulator, fixture('legacy/metadata/DownloadMetadataFiles.login.request.xml'));
    expect(answer.status).toBe(500);
    expect(canonical(answer.text)).toEqual(
      canonical(fixture('metadata/DownloadMetadataFiles.wrong-namespace.fault.xml')),
    );
    expect(simulator.openSessionCount()).toBe(0);
  });
});

/*
 * Every request golden, whatever shape it is in (the client side owns them and may change them):
 * the wire profile is read from the request itself, and a simulator with that profile answers it
 * without a fault once the tokens it names were issued.
 */
const REQUEST_GOLDENS = ['', 'legacy/'].flatMap((folder) =>
  ['data', 'metadata', 'upload'].flatMap((service) =>
    readdirSync(new URL(`../../fixtures/soap/${folder}${service}/`, import.meta.url))
      .filter((name) => name.endsWith('.request.xml'))
      .map((name) => `${folder}${service}/${name}`),
  ),
);

/** The wire profile a request was written for: its operation namespace, whether it wraps lists, which criteria it sends. */
function profileOf(request: string): SimulatorWireOptions {
  const tree = canonicalXml(request);
  const operation = findAll(tree, 'Body')[0].children[0];
  const argumentForm = ['OutputIntObjectName', 'SearchSpec', 'SortSpec', 'NewQuery'].some(
    (local) => findAll(operation, local).length > 0,
  );
  return {
    operationNamespace: /^\{([^}]*)\}/.exec(operation.name)![1],
    messageShape: findAll(operation, 'SiebelMessage').length > 0 ? 'siebelMessage' : 'direct',
    queryCriteria: argumentForm ? 'searchSpecArgument' : 'searchspecAttribute',
  };
}

/** Logs JSMITH in and makes calls until the simulator has issued TOKEN-`n`. */
async function issueTokens(simulator: Simulator, namespace: string, n: number): Promise<void> {
  for (let issued = 0; issued < n; issued += 1) {
    const headers =
      issued === 0
        ? { user: 'JSMITH', password: 'secret', sessionType: 'Stateless' }
        : { token: `TOKEN-${issued}`, sessionType: 'Stateless' };
    const answer = await call(simulator, envelope(headers, metadataBody(), namespace));
    if (answer.status !== 200) throw new Error(`could not issue TOKEN-${issued + 1}: ${answer.text.slice(0, 300)}`);
  }
}

describe('request goldens of both folders', () => {
  it.each(REQUEST_GOLDENS)('answers %s without a fault under the profile it was written for', async (path) => {
    const request = fixture(path);
    const wire = profileOf(request);
    const simulator = goldenSimulator(false, { wire, clock: { now: () => Date.UTC(2024, 1, 4, 9, 0, 0) } });
    const token = /<SessionToken[^>]*>TOKEN-(\d+)</.exec(request);
    await issueTokens(simulator, wire.operationNamespace!, token ? Number(token[1]) : 0);
    const answer = await call(simulator, request);
    expect(answer.errorCodes, answer.text.slice(0, 600)).toEqual([]);
    expect(answer.status).toBe(200);
    const output = findAll(canonicalXml(answer.text), 'Body')[0].children[0];
    expect(output.name).toMatch(
      new RegExp(`^\\{${wire.operationNamespace!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\}\\w+_Output$`),
    );
  });

  it('finds request goldens in both folders', () => {
    expect(REQUEST_GOLDENS.filter((path) => path.startsWith('legacy/')).length).toBeGreaterThanOrEqual(6);
    expect(REQUEST_GOLDENS.filter((path) => !path.startsWith('legacy/')).length).toBeGreaterThanOrEqual(6);
  });
});
