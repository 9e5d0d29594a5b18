import { describe, expect, it } from 'vitest';
import { createSimulator, LEGACY_SIMULATOR_WIRE } from '../../../src/simulator';
import { ManualClock } from '../../support/ManualClock';
import { textOf } from './support/canonicalXml';
import { call, envelope, LEGACY_NAMESPACE, login, queryBody, recordsOf, walk, type QueryArgs } from './support/soap';

const query = async (simulator: ReturnType<typeof createSimulator>, token: string, args: QueryArgs) =>
  call(
    simulator,
    envelope(
      { sessionType: 'Stateless', token },
      queryBody(args),
      args.style === 'legacy' ? LEGACY_NAMESPACE : undefined,
    ),
  );

describe('QueryPage', () => {
  it('walks all pages without duplicates or gaps and marks only the last page', async () => {
    const simulator = createSimulator({ data: { accounts: 23 } });
    const token = await login(simulator);
    const { records, pages } = await walk(simulator, token, { pageSize: 5 });
    const expected = [...simulator.data.list('Account', 'JSMITH')].map((r) => r.Id);
    expect(records.map((r) => r.Id)).toEqual(expected);
    expect(new Set(expected).size).toBe(23);
    expect(pages).toBe(5);
  });

  it("pages a query that names no sort in the business component's own order when one is set (ties by Id), else by Id", async () => {
    const simulator = createSimulator({ data: { accounts: 23 }, defaultSort: { Account: 'Name (DESCENDING)' } });
    const { records } = await walk(simulator, await login(simulator), { pageSize: 5, fields: ['Id', 'Name'] });
    const byName = [...simulator.data.list('Account', 'JSMITH')].sort((a, b) =>
      a.Name === b.Name ? (a.Id < b.Id ? -1 : 1) : a.Name < b.Name ? 1 : -1,
    );
    expect(records.map((r) => r.Id)).toEqual(byName.map((r) => r.Id));
    expect(records.map((r) => r.Id)).not.toEqual([...records.map((r) => r.Id)].sort());
  });

  it('returns only the fields named in the query-by-example record, in its order', async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const answer = await query(simulator, await login(simulator), { fields: ['Name', 'Id'] });
    expect(recordsOf(answer).map((r) => Object.keys(r))).toEqual([
      ['Name', 'Id'],
      ['Name', 'Id'],
    ]);
  });

  it('returns every field of the object when the QBE record is empty', async () => {
    const simulator = createSimulator({ data: { accounts: 1 } });
    const answer = await query(simulator, await login(simulator), { fields: [] });
    expect(Object.keys(recordsOf(answer)[0])).toEqual([
      'Id',
      'Updated',
      'Name',
      'Location',
      'MainPhoneNumber',
      'Type',
      'AccountStatus',
    ]);
  });

  it('answers SBL-EAI-04127 for a field the integration component does not define', async () => {
    const simulator = createSimulator({ data: { accounts: 1 } });
    const answer = await query(simulator, await login(simulator), { fields: ['Id', 'Industry'] });
    expect(answer.errorCodes).toEqual(['SBL-EAI-04316', 'SBL-EAI-04127']);
    expect(answer.text).toContain("Element with XML tag 'Industry'");
  });

  it('filters with searchspec criteria on dates, text, LIKE and OR', async () => {
    const clock = new ManualClock(Date.UTC(2024, 5, 1));
    const simulator = createSimulator({ clock, data: { accounts: 30 } });
    const token = await login(simulator);
    await clock.advance(60_000);
    simulator.data.update('Account', [...simulator.data.list('Account', 'JSMITH')][3].Id, { Name: "O'Brien Ltd" });
    const changed = await walk(simulator, token, {
      searchSpec: "[Updated] >= '06/01/2024 00:00:30'",
      fields: ['Id', 'Name'],
    });
    expect(changed.records.map((r) => r.Name)).toEqual(["O'Brien Ltd"]);
    const spec = "([Name] LIKE 'Acme*' OR [Account.Name] = 'O''Brien Ltd') AND NOT [Location] IS NULL";
    const matched = (await walk(simulator, token, { searchSpec: spec, fields: ['Id', 'Name'] })).records.map(
      (r) => r.Name,
    );
    const expected = [...simulator.data.list('Account', 'JSMITH')]
      .filter((r) => r.Name.startsWith('Acme') || r.Name === "O'Brien Ltd")
      .map((r) => r.Name);
    expect(matched).toEqual(expected);
    expect(matched.length).toBeGreaterThan(1);
  });

  it('answers criteria it cannot parse with a fault on the argument that carried them', async () => {
    const simulator = createSimulator({ data: { accounts: 1 } });
    const token = await login(simulator);
    for (const spec of ["[Name] = 'unclosed", '[Nope] = 1', "[Updated] > 'yesterday'", "[Name] 'x'"]) {
      const answer = await query(simulator, token, { searchSpec: spec });
      expect(answer.status).toBe(500);
      expect(answer.errorCodes).toEqual(['SBL-EAI-04316', 'SBL-EXL-00151']);
      expect(textOf(answer.tree, 'faultstring')).toBe(
        'Error while processing argument SiebelMessage for operation AccountQueryPage(SBL-EAI-04316)',
      );
    }
    const legacy = createSimulator({ data: { accounts: 1 }, wire: LEGACY_SIMULATOR_WIRE });
    const legacyToken = await login(legacy, 'JSMITH', 'Welcome1', LEGACY_NAMESPACE);
    const answer = await query(legacy, legacyToken, { style: 'legacy', searchSpec: '[Account.Nope] = 1' });
    expect(textOf(answer.tree, 'faultstring')).toBe(
      'Error while processing argument SearchSpec for operation AccountQueryPage(SBL-EAI-04316)',
    );
  });

  it('sorts by SortSpec with DESCENDING and breaks ties by Id when the server reads the SearchSpec arguments', async () => {
    const simulator = createSimulator({ data: { accounts: 12 }, wire: { queryCriteria: 'searchSpecArgument' } });
    const token = await login(simulator);
    const { records } = await walk(simulator, token, {
      sortSpec: 'Location (DESCENDING), Name',
      fields: ['Id', 'Name', 'Location'],
      pageSize: 5,
    });
    const expected = [...simulator.data.list('Account', 'JSMITH')].sort((a, b) =>
      a.Location < b.Location ? 1 : a.Location > b.Location ? -1 : a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0,
    );
    expect(records.map((r) => r.Id)).toEqual(expected.map((r) => r.Id));
  });

  it('applies view modes: Sales Rep sees own records, Manager sees the reports, All sees everything', async () => {
    const simulator = createSimulator({ data: { accounts: 40 } });
    const mgr = await login(simulator, 'MJONES');
    const rep = await login(simulator, 'JSMITH');
    const repCount = (await walk(simulator, rep, { record: 'Opportunity', fields: ['Id'] })).records.length;
    const managerView = (await walk(simulator, mgr, { record: 'Opportunity', fields: ['Id'], viewMode: 'Manager' }))
      .records.length;
    const allView = (await walk(simulator, mgr, { record: 'Opportunity', fields: ['Id'], viewMode: 'All' })).records
      .length;
    const ownView = (await walk(simulator, mgr, { record: 'Opportunity', fields: ['Id'], viewMode: 'Personal' }))
      .records.length;
    expect(repCount).toBe(40);
    expect(simulator.data.count('Opportunity')).toBe(44);
    expect(allView).toBe(44);
    expect(managerView).toBe(40 + 2 + 1); // JSMITH + TBROWN's + her own; LWHITE's record is not hers to see
    expect(ownView).toBe(1);
    expect(simulator.data.count('Opportunity', 'MJONES')).toBe(managerView); // her package's default is Manager
  });

  it('serves NewQuery=false pages from the cached result and re-runs on a changed argument (legacy profile)', async () => {
    const simulator = createSimulator({ data: { accounts: 10 }, wire: LEGACY_SIMULATOR_WIRE });
    let token = await login(simulator, 'JSMITH', 'Welcome1', LEGACY_NAMESPACE);
    const first = await query(simulator, token, { style: 'legacy', pageSize: 4, fields: ['Id'] });
    token = first.token!;
    const created = simulator.data.create('Account', { Id: '1-0000', Name: 'Aardvark', Location: 'Oslo' });
    const cached = await query(simulator, token, {
      style: 'legacy',
      pageSize: 4,
      start: 0,
      newQuery: false,
      fields: ['Id'],
    });
    expect(recordsOf(cached).map((r) => r.Id)).toEqual(recordsOf(first).map((r) => r.Id));
    const rerun = await query(simulator, token, {
      style: 'legacy',
      pageSize: 4,
      start: 0,
      newQuery: false,
      fields: ['Id'],
      viewMode: 'All',
    });
    expect(recordsOf(rerun)[0].Id).toBe(created.Id);
  });

  it('without NewQuery, starts a new query at StartRowNum 0 and serves later rows from the cached result of the same query', async () => {
    const simulator = createSimulator({ data: { accounts: 10 } });
    const first = await query(simulator, await login(simulator), { pageSize: 4, fields: ['Id'] });
    const all = [...simulator.data.list('Account', 'JSMITH')].map((r) => r.Id);
    simulator.data.create('Account', { Id: '1-0000', Name: 'Aardvark', Location: 'Oslo' });
    const second = await query(simulator, first.token!, { pageSize: 5, start: 4, fields: ['Id'] });
    expect(recordsOf(second).map((r) => r.Id)).toEqual(all.slice(4, 9));
    const otherQuery = await query(simulator, second.token!, {
      pageSize: 4,
      start: 4,
      fields: ['Id'],
      searchSpec: "[Name] <> 'x'",
    });
    expect(recordsOf(otherQuery).map((r) => r.Id)).toEqual(all.slice(3, 7));
    const restarted = await query(simulator, otherQuery.token!, { pageSize: 4, fields: ['Id'] });
    expect(recordsOf(restarted)[0].Id).toBe('1-0000');
  });

  it('serves changed records with current values and skips deleted ones while paging', async () => {
    const simulator = createSimulator({ data: { accounts: 6 } });
    const token = await login(simulator);
    const ids = [...simulator.data.list('Account', 'JSMITH')].map((r) => r.Id);
    const page1 = await query(simulator, token, { pageSize: 3, fields: ['Id', 'Name'] });
    simulator.data.update('Account', ids[3], { Name: 'Renamed' });
    simulator.data.delete('Account', ids[4]);
    const page2 = await query(simulator, page1.token!, { pageSize: 3, start: 3, fields: ['Id', 'Name'] });
    expect(recordsOf(page2)).toEqual([
      { Id: ids[3], Name: 'Renamed' },
      { Id: ids[5], Name: expect.any(String) },
    ]);
    expect(textOf(page2.tree, 'LastPage')).toBe('true');
  });

  it('queries every object of the package with its own wire names', async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const token = await login(simulator);
    const contacts = await query(simulator, token, { record: 'Contact', fields: ['Id', 'EmailAddress', 'AccountId'] });
    expect(contacts.text).toContain('<ListOfContact xmlns="http://www.siebel.com/xml/CRMDesktopContactIO">');
    expect(contacts.text).toContain('<ns:ContactQueryPage_Output');
    expect(recordsOf(contacts, 'Contact')[0].EmailAddress).toMatch(/^[a-z]+\.[a-z]+@[a-z]+\.example$/);
    const actions = await query(simulator, token, { record: 'Action', fields: ['Id', 'Status', 'PrimaryContactId'] });
    expect(recordsOf(actions, 'Action')).toHaveLength(8);
  });

  it('answers a fault for an OutputIntObjectName outside the user package (legacy profile)', async () => {
    const simulator = createSimulator({ data: { accounts: 2 }, wire: LEGACY_SIMULATOR_WIRE });
    const token = await login(simulator, 'JSMITH', 'Welcome1', LEGACY_NAMESPACE);
    const answer = await query(simulator, token, { style: 'legacy', record: 'Account', intObjName: 'Nope IO' });
    expect(answer.errorCodes).toEqual(['SBL-EAI-04316', 'SBL-EAI-04111']);
  });

  it('restricts the query by QBE field values', async () => {
    const simulator = createSimulator({ data: { accounts: 30 } });
    const answer = await query(simulator, await login(simulator), {
      fields: ['Id', 'Name'],
      qbeValues: { Name: 'Acme*' },
    });
    expect(recordsOf(answer).every((r) => r.Name.startsWith('Acme'))).toBe(true);
    expect(recordsOf(answer).length).toBeGreaterThan(0);
  });
});
