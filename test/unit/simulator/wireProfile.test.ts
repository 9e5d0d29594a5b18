import { describe, expect, it } from 'vitest';
import {
  createSimulator,
  DEFAULT_SIMULATOR_WIRE,
  isSimulatorOptionError,
  LEGACY_SIMULATOR_WIRE,
  SimulatorOptionError,
  type SimulatorWire,
} from '../../../src/simulator';
import { adminApi } from '../../../src/simulator/node/adminApi';
import { batchBody, executeBatch } from './support/batch';
import { findAll, textOf } from './support/canonicalXml';
import {
  call,
  envelope,
  ENDPOINT,
  FIELD_NAMESPACE,
  LEGACY_NAMESPACE,
  login,
  metadataBody,
  queryBody,
  recordsOf,
} from './support/soap';

const loginXml = (namespace?: string) =>
  envelope({ user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' }, metadataBody(), namespace);

describe('wire profile defaults', () => {
  it('defaults to the shape of Siebel-generated services and keeps the legacy shape as a named profile', () => {
    expect(createSimulator().admin.settings()).toMatchObject({
      wire: {
        operationNamespace: 'http://siebel.com/asi/',
        soapAction: 'document/{namespace}:{operation}',
        messageShape: 'direct',
        queryCriteria: 'searchspecAttribute',
        operations: {
          downloadMetadataFiles: 'DownloadMetadataFiles',
          queryPage: '{record}QueryPage',
          executeBatch: 'ExecuteBatch',
        },
      },
      maximumPageSize: 100,
      clockOffsetMs: 0,
      timeZone: 'UTC',
    });
    expect(LEGACY_SIMULATOR_WIRE).toEqual({
      ...DEFAULT_SIMULATOR_WIRE,
      operationNamespace: 'http://siebel.com/CustomUI',
      messageShape: 'siebelMessage',
      queryCriteria: 'searchSpecArgument',
    });
  });

  it('throws SimulatorOptionError naming the option for a bad wire value or page limit', () => {
    const bad: Array<[() => unknown, string]> = [
      [
        () => createSimulator({ wire: { messageShape: 'wrapped' as SimulatorWire['messageShape'] } }),
        'wire.messageShape',
      ],
      [
        () => createSimulator({ wire: { queryCriteria: 'sql' as SimulatorWire['queryCriteria'] } }),
        'wire.queryCriteria',
      ],
      [() => createSimulator({ wire: { operationNamespace: ' ' } }), 'wire.operationNamespace'],
      [() => createSimulator({ wire: { operations: { queryPage: '' } } }), 'wire.operations.queryPage'],
      [() => createSimulator({ maximumPageSize: 0 }), 'maximumPageSize'],
    ];
    for (const [create, option] of bad) {
      const error = (() => {
        try {
          create();
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(SimulatorOptionError);
      expect(isSimulatorOptionError(error) && error.option).toBe(option);
    }
  });
});

describe('operation element checks', () => {
  it('refuses an operation element in another namespace with SBL-EAI-04313 naming both namespaces', async () => {
    const simulator = createSimulator();
    const answer = await call(simulator, loginXml(LEGACY_NAMESPACE));
    expect(answer.status).toBe(500);
    expect(answer.errorCodes).toEqual(['SBL-EAI-04313']);
    expect(textOf(answer.tree, 'faultstring')).toBe(
      "Operation 'DownloadMetadataFiles' in namespace 'http://siebel.com/CustomUI' is not published by this service (expected namespace 'http://siebel.com/asi/')(SBL-EAI-04313)",
    );
    expect(simulator.openSessionCount()).toBe(0);
  });

  it('refuses an operation name the profile does not publish, and an element without _Input', async () => {
    const simulator = createSimulator();
    const token = await login(simulator);
    for (const body of ['<cus:Ping_Input/>', '<cus:DownloadMetadataFiles/>', '<cus:AccountQuery_Input/>']) {
      const answer = await call(simulator, envelope({ sessionType: 'Stateless', token }, body));
      expect(answer.errorCodes, body).toEqual(['SBL-EAI-04313']);
    }
  });

  it('publishes the operation names and namespace it is configured with', async () => {
    const wire = {
      operationNamespace: 'urn:crm-desktop',
      operations: { queryPage: 'Query{record}', downloadMetadataFiles: 'GetPackage' },
    };
    const simulator = createSimulator({ data: { accounts: 2 }, wire });
    const login = await call(
      simulator,
      envelope(
        { user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' },
        '<cus:GetPackage_Input/>',
        'urn:crm-desktop',
      ),
    );
    expect(findAll(login.tree, 'GetPackage_Output')[0].name).toBe('{urn:crm-desktop}GetPackage_Output');
    const page = await call(
      simulator,
      envelope(
        { sessionType: 'Stateless', token: login.token },
        queryBody().replace(/AccountQueryPage/g, 'QueryAccount'),
        'urn:crm-desktop',
      ),
    );
    expect(recordsOf(page)).toHaveLength(2);
    expect(simulator.counters().calls).toEqual({ GetPackage: 1, QueryAccount: 1 });
  });

  it('reads SOAPAction when sent: accepts the template with or without quotes, refuses one naming another operation', async () => {
    const simulator = createSimulator();
    const sent = (soapAction: string) => call(simulator, loginXml(), ENDPOINT, { SOAPAction: soapAction });
    expect((await sent('"document/http://siebel.com/asi/:DownloadMetadataFiles"')).status).toBe(200);
    expect((await sent('document/http://siebel.com/asi/:DownloadMetadataFiles')).status).toBe(200);
    expect((await sent('""')).status).toBe(200);
    const wrong = await sent('"document/http://siebel.com/asi/:ExecuteBatch"');
    expect(wrong.errorCodes).toEqual(['SBL-EAI-04313']);
    expect(textOf(wrong.tree, 'faultstring')).toContain(
      "expected 'document/http://siebel.com/asi/:DownloadMetadataFiles'",
    );
  });

  it('matches {service} in a SOAPAction template to any service name', async () => {
    const simulator = createSimulator({ wire: { soapAction: 'document/{namespace}:{service}/{operation}' } });
    const answer = await call(simulator, loginXml(), ENDPOINT, {
      SOAPAction: '"document/http://siebel.com/asi/:PIM Client Metadata Service/DownloadMetadataFiles"',
    });
    expect(answer.status).toBe(200);
  });
});

describe('ExecuteBatch message shapes', () => {
  const insert = { operation: 'Insert', record: 'Account', fields: { Name: 'Initech', Location: 'Austin' } };

  it('answers the command list and each record list straight in their parents by default', async () => {
    const simulator = createSimulator({ data: { accounts: 1 } });
    const { answer, results } = await executeBatch(simulator, await login(simulator), [insert]);
    const output = findAll(answer.tree, 'ExecuteBatch_Output')[0];
    expect(output.children.map((child) => child.name)).toEqual([
      '{http://www.siebel.com/xml/CRM%20Desktop%20Sync%20Command}ListOfSyncCommand',
    ]);
    const result = findAll(output, 'SyncCommandResult')[0];
    expect(result.children.map((child) => child.name.replace(/^\{[^}]*\}/, ''))).toEqual([
      'CommandId',
      'Status',
      'ListOfAccount',
    ]);
    expect(results[0].record).toMatchObject({ Name: 'Initech', AccountStatus: 'Active' });
  });

  it('reads a batch in the SiebelMessage shape and answers in its own shape', async () => {
    const simulator = createSimulator({ data: { accounts: 1 } });
    const answer = await call(
      simulator,
      envelope({ sessionType: 'Stateless', token: await login(simulator) }, batchBody([insert], 'siebelMessage')),
    );
    expect(answer.status).toBe(200);
    expect(findAll(answer.tree, 'SiebelMessage')).toEqual([]);
    expect(textOf(answer.tree, 'Status')).toBe('Success');
  });

  it('wraps the lists in SiebelMessage under the legacy profile', async () => {
    const simulator = createSimulator({ data: { accounts: 1 }, wire: LEGACY_SIMULATOR_WIRE });
    const token = await login(simulator, 'JSMITH', 'Welcome1', LEGACY_NAMESPACE);
    const answer = await call(
      simulator,
      envelope({ sessionType: 'Stateless', token }, batchBody([insert]), LEGACY_NAMESPACE),
    );
    expect(findAll(answer.tree, 'SiebelMessage')).toHaveLength(2);
    expect(findAll(answer.tree, 'ExecuteBatch_Output')[0].name).toBe(`{${LEGACY_NAMESPACE}}ExecuteBatch_Output`);
  });
});

describe('DownloadMetadataFiles message shapes', () => {
  it('answers the file list straight in the output by default and in SiebelMessage in the legacy shape', async () => {
    const direct = await call(createSimulator(), loginXml());
    const list = findAll(direct.tree, 'ListOfCRMDesktopMetadataFiles')[0];
    expect(findAll(direct.tree, 'DownloadMetadataFiles_Output')[0].children).toContain(list);
    const legacy = await call(createSimulator({ wire: LEGACY_SIMULATOR_WIRE }), loginXml(LEGACY_NAMESPACE));
    expect(findAll(findAll(legacy.tree, 'SiebelMessage')[0], 'MetadataFile').length).toBeGreaterThan(5);
  });
});

describe('wire settings at run time', () => {
  it('switches the profile with admin.configure and restores the creation options on reset', async () => {
    const simulator = createSimulator();
    const settings = simulator.admin.configure({
      wire: { operationNamespace: LEGACY_NAMESPACE, messageShape: 'siebelMessage' },
      maximumPageSize: 250,
    });
    expect(settings).toMatchObject({
      wire: {
        operationNamespace: LEGACY_NAMESPACE,
        messageShape: 'siebelMessage',
        queryCriteria: 'searchspecAttribute',
      },
      maximumPageSize: 250,
    });
    expect((await call(simulator, loginXml(LEGACY_NAMESPACE))).status).toBe(200);
    expect(() =>
      simulator.admin.configure({ wire: { queryCriteria: 'x' as SimulatorWire['queryCriteria'] }, maximumPageSize: 5 }),
    ).toThrow(SimulatorOptionError);
    expect(simulator.admin.settings().maximumPageSize).toBe(250);
    simulator.admin.reset();
    expect(simulator.admin.settings()).toMatchObject({ wire: DEFAULT_SIMULATOR_WIRE, maximumPageSize: 100 });
    expect((await call(simulator, loginXml(FIELD_NAMESPACE))).status).toBe(200);
  });

  it('reads and changes the settings through the admin API and reports them in state', () => {
    const simulator = createSimulator();
    const changed = adminApi(simulator, 'POST', 'settings', {
      wire: { queryCriteria: 'searchSpecArgument' },
      maximumPageSize: 1000,
    });
    expect(changed).toMatchObject({
      status: 200,
      body: { wire: { queryCriteria: 'searchSpecArgument' }, maximumPageSize: 1000 },
    });
    expect(adminApi(simulator, 'GET', 'settings', {}).body).toMatchObject({ maximumPageSize: 1000 });
    expect(adminApi(simulator, 'GET', 'state', {}).body).toMatchObject({
      settings: { maximumPageSize: 1000, timeZone: 'UTC' },
    });
    const refused = adminApi(simulator, 'POST', 'settings', { maximumPageSize: -1 });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ error: 'MaximumPageSize must be a positive integer, not -1' });
  });
});
