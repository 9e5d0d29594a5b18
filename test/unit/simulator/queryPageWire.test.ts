import { describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../../src/simulator';
import { findAll, textOf } from './support/canonicalXml';
import { call, envelope, login, queryBody, recordsOf, walk, type QueryArgs } from './support/soap';

const query = (simulator: Simulator, token: string, args: QueryArgs) =>
  call(simulator, envelope({ sessionType: 'Stateless', token }, queryBody(args)));
const raw = (simulator: Simulator, token: string, body: string) =>
  call(simulator, envelope({ sessionType: 'Stateless', token }, body));
const LIST =
  '<ListOfAccount xmlns="http://www.siebel.com/xml/CRMDesktopAccountIO"><Account><Id/><Name/></Account></ListOfAccount>';

describe('QueryPage page limit (MaximumPageSize)', () => {
  it('refuses a PageSize above 100 by default with SBL-EAI-04447 naming the limit, and trims nothing', async () => {
    const simulator = createSimulator({ data: { accounts: 150 } });
    const token = await login(simulator);
    const answer = await query(simulator, token, { pageSize: 101 });
    expect(answer.status).toBe(500);
    expect(answer.errorCodes).toEqual(['SBL-EAI-04447']);
    expect(textOf(answer.tree, 'faultstring')).toBe(
      "PageSize method argument cannot be greater than '100' specified by the server parameter 'MaximumPageSize'.(SBL-EAI-04447)",
    );
    expect(recordsOf(await query(simulator, token, { pageSize: 100, fields: ['Id'] }))).toHaveLength(100);
  });

  it('applies the configured limit to every QueryPage, an Id listing included', async () => {
    const simulator = createSimulator({ data: { accounts: 3 }, maximumPageSize: 500 });
    const token = await login(simulator);
    expect((await query(simulator, token, { pageSize: 500, fields: ['Id'] })).status).toBe(200);
    const tooMany = await query(simulator, token, { record: 'Contact', pageSize: 501, fields: ['Id'] });
    expect(textOf(tooMany.tree, 'errormsg')).toContain(
      "cannot be greater than '500' specified by the server parameter 'MaximumPageSize'",
    );
  });

  it('changes the limit at run time through admin.configure', async () => {
    const simulator = createSimulator({ data: { accounts: 3 } });
    const token = await login(simulator);
    simulator.admin.configure({ maximumPageSize: 20 });
    expect((await query(simulator, token, { pageSize: 21 })).errorCodes).toEqual(['SBL-EAI-04447']);
    expect((await query(simulator, token, { pageSize: 20 })).status).toBe(200);
  });
});

describe('QueryPage short pages (fault rule shortPage)', () => {
  it('answers fewer rows than asked with LastPage=false, so a client must page on by the rows it got', async () => {
    const simulator = createSimulator({ data: { accounts: 10 } });
    const token = await login(simulator);
    simulator.faults.add({ kind: 'shortPage', rows: 3, times: Infinity });
    const first = await query(simulator, token, { pageSize: 5, fields: ['Id'] });
    expect(recordsOf(first)).toHaveLength(3);
    expect(textOf(first.tree, 'LastPage')).toBe('false');
    const { records, pages } = await walk(simulator, token, { pageSize: 5, fields: ['Id'] });
    expect(records.map((r) => r.Id)).toEqual([...simulator.data.list('Account', 'JSMITH')].map((r) => r.Id));
    expect(pages).toBe(4);
  });

  it('is not used up by calls other than QueryPage', async () => {
    const simulator = createSimulator({ data: { accounts: 10 } });
    simulator.faults.add({ kind: 'shortPage', rows: 2 });
    const token = await login(simulator);
    expect(recordsOf(await query(simulator, token, { pageSize: 5 }))).toHaveLength(2);
    expect(recordsOf(await query(simulator, token, { pageSize: 5 }))).toHaveLength(5);
  });
});

describe('QueryPage message shapes', () => {
  it('answers the list straight in the output, without NumOutputObjects, by default', async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const answer = await query(simulator, await login(simulator), { fields: ['Id'] });
    const output = findAll(answer.tree, 'AccountQueryPage_Output')[0];
    expect(output.name).toBe('{http://siebel.com/asi/}AccountQueryPage_Output');
    expect(output.children.map((child) => child.name)).toEqual([
      '{http://www.siebel.com/xml/CRMDesktopAccountIO}ListOfAccount',
      '{}LastPage',
    ]);
  });

  it('wraps the list in SiebelMessage and adds NumOutputObjects in the siebelMessage shape', async () => {
    const simulator = createSimulator({ data: { accounts: 2 }, wire: { messageShape: 'siebelMessage' } });
    const answer = await query(simulator, await login(simulator), { fields: ['Id'] });
    const output = findAll(answer.tree, 'AccountQueryPage_Output')[0];
    expect(output.children.map((child) => child.name)).toEqual(['{}SiebelMessage', '{}LastPage', '{}NumOutputObjects']);
    expect(textOf(output, 'NumOutputObjects')).toBe('2');
    expect(recordsOf(answer)).toHaveLength(2);
  });

  it('reads a request with or without SiebelMessage whatever shape it answers in', async () => {
    for (const messageShape of ['direct', 'siebelMessage'] as const) {
      const simulator = createSimulator({ data: { accounts: 2 }, wire: { messageShape } });
      const token = await login(simulator);
      const direct = await raw(
        simulator,
        token,
        `<cus:AccountQueryPage_Input><PageSize>10</PageSize>${LIST}<StartRowNum>0</StartRowNum></cus:AccountQueryPage_Input>`,
      );
      const wrapped = await raw(
        simulator,
        direct.token!,
        `<cus:AccountQueryPage_Input><PageSize>10</PageSize><SiebelMessage>${LIST}</SiebelMessage></cus:AccountQueryPage_Input>`,
      );
      expect(recordsOf(direct)).toHaveLength(2);
      expect(recordsOf(wrapped)).toEqual(recordsOf(direct));
    }
  });

  it('answers an empty page with an empty list element', async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const answer = await query(simulator, await login(simulator), { searchSpec: "[Name] = 'nobody'" });
    expect(answer.text).toContain(
      '<ListOfAccount xmlns="http://www.siebel.com/xml/CRMDesktopAccountIO"></ListOfAccount><LastPage>true</LastPage>',
    );
  });
});

describe('QueryPage integration object from the list element', () => {
  it('finds the object from the list element when OutputIntObjectName is absent', async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const answer = await query(simulator, await login(simulator), { record: 'Contact', fields: ['Id', 'LastName'] });
    expect(answer.text).toContain('<ListOfContact xmlns="http://www.siebel.com/xml/CRMDesktopContactIO">');
    expect(recordsOf(answer, 'Contact')).toHaveLength(6);
  });

  it("answers the operation record's object when the request has no list at all", async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const answer = await raw(
      simulator,
      await login(simulator),
      '<cus:OpportunityQueryPage_Input><PageSize>10</PageSize></cus:OpportunityQueryPage_Input>',
    );
    expect(recordsOf(answer, 'Opportunity')).toHaveLength(2);
  });

  it('refuses a list whose namespace names an integration object the package lacks', async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const body =
      '<cus:AccountQueryPage_Input><ListOfAccount xmlns="http://www.siebel.com/xml/Other%20Account%20IO"><Account><Id/></Account></ListOfAccount></cus:AccountQueryPage_Input>';
    const answer = await raw(simulator, await login(simulator), body);
    expect(answer.errorCodes).toEqual(['SBL-EAI-04316', 'SBL-EAI-04111']);
    expect(answer.text).toContain("Could not find Integration Object 'Other Account IO'.");
  });

  it("refuses the list of another object than the operation's record", async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const body =
      '<cus:AccountQueryPage_Input><ListOfContact xmlns="http://www.siebel.com/xml/CRMDesktopContactIO"><Contact><Id/></Contact></ListOfContact></cus:AccountQueryPage_Input>';
    const answer = await raw(simulator, await login(simulator), body);
    expect(answer.errorCodes).toEqual(['SBL-EAI-04316', 'SBL-EAI-04127']);
    expect(answer.text).toContain("Element with XML tag 'ListOfContact'");
  });

  it('answers a QueryPage for a record the package does not define as an unpublished operation', async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const answer = await query(simulator, await login(simulator), { record: 'Lead', fields: ['Id'] });
    expect(answer.errorCodes).toEqual(['SBL-EAI-04313']);
  });
});

describe('QueryPage searchspec attribute', () => {
  it('resolves [Field Name] by Siebel Name, then by IOElemName, and still accepts [Record.Field Name]', async () => {
    const simulator = createSimulator({ data: { accounts: 3 } });
    const token = await login(simulator);
    const contact = [...simulator.data.list('Contact', 'JSMITH')][4];
    for (const spec of [
      `[Last Name] = '${contact['Last Name'].replace(/'/g, "''")}' AND [Id] = '${contact.Id}'`,
      `[LastName] = '${contact['Last Name'].replace(/'/g, "''")}' AND [Id] = '${contact.Id}'`,
      `[Contact.Id] = '${contact.Id}'`,
    ]) {
      const answer = await query(simulator, token, { record: 'Contact', fields: ['Id', 'LastName'], searchSpec: spec });
      expect(recordsOf(answer, 'Contact'), spec).toEqual([{ Id: contact.Id, LastName: contact['Last Name'] }]);
    }
  });

  it('reads escaped quotes, ampersands and comparison operators in the attribute', async () => {
    const simulator = createSimulator({ data: { accounts: 0 } });
    const token = await login(simulator);
    simulator.data.create('Account', { Name: "O'Brien & Sons", Location: 'Cork' });
    simulator.data.create('Account', { Name: 'Globex', Location: 'Paris' });
    const answer = await query(simulator, token, {
      fields: ['Name'],
      searchSpec: "[Name] <> 'O''Brien & Sons' AND [Location] > 'A'",
    });
    expect(recordsOf(answer)).toEqual([{ Name: 'Globex' }]);
  });

  it('treats an empty attribute as no criteria', async () => {
    const simulator = createSimulator({ data: { accounts: 4 } });
    expect(recordsOf(await query(simulator, await login(simulator), { searchSpec: '' }))).toHaveLength(4);
  });

  it('refuses SearchSpec, SortSpec, NewQuery and OutputIntObjectName arguments with SBL-EAI-04316 naming them', async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const token = await login(simulator);
    const cases: Array<[string, QueryArgs]> = [
      ['SearchSpec', { searchSpecArgument: "[Account.Name] = 'x'" }],
      ['SortSpec', { sortSpec: 'Name' }],
      ['NewQuery', { newQuery: true }],
      ['OutputIntObjectName', { intObjName: 'CRMDesktopAccountIO' }],
    ];
    for (const [argument, args] of cases) {
      const answer = await query(simulator, token, args);
      expect(answer.errorCodes).toEqual(['SBL-EAI-04316']);
      expect(textOf(answer.tree, 'faultstring')).toBe(
        `Error while processing argument ${argument} for operation AccountQueryPage(SBL-EAI-04316)`,
      );
    }
  });

  it('accepts those arguments, and the attribute with them, when the server reads SearchSpec arguments', async () => {
    const simulator = createSimulator({ data: { accounts: 6 }, wire: { queryCriteria: 'searchSpecArgument' } });
    const token = await login(simulator);
    const ids = [...simulator.data.list('Account', 'JSMITH')].map((r) => r.Id);
    const answer = await query(simulator, token, {
      intObjName: 'CRMDesktopAccountIO',
      searchSpecArgument: `[Account.Id] <> '${ids[0]}'`,
      searchSpec: `[Id] <> '${ids[1]}'`,
      sortSpec: 'Id (DESCENDING)',
      newQuery: true,
      fields: ['Id'],
    });
    expect(recordsOf(answer).map((r) => r.Id)).toEqual(ids.slice(2).reverse());
  });
});
