import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src/simulator';
import { ManualClock } from '../../support/ManualClock';
import { executeBatch } from './support/batch';
import { call, envelope, login, queryBody, recordsOf } from './support/soap';

const NOW = Date.UTC(2024, 1, 4, 9, 0, 0);
const STAMP = '02/04/2024 09:00:00';

/** 3 accounts: two of JSMITH's (1-1000000, 1-1000001), one of TBROWN's (1-1000002), with their children. */
async function setup() {
  const clock = new ManualClock(NOW);
  const simulator = createSimulator({ clock, data: { accounts: 2 } });
  const token = await login(simulator);
  return { clock, simulator, token };
}

describe('ExecuteBatch inserts', () => {
  it('assigns the Id, stamps Created and Updated with the server time, gives the record to the user and answers the whole record', async () => {
    const { simulator, token } = await setup();
    const { answer, results } = await executeBatch(simulator, token, [
      {
        operation: 'Insert',
        record: 'Contact',
        fields: { FirstName: 'Zoë', LastName: "O'Neill", AccountId: '1-1000000' },
      },
    ]);
    expect(answer.status).toBe(200);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result.status).toBe('Success');
    expect(result.record).toEqual({
      Id: expect.stringMatching(/^1-9[0-9A-Z]{6}$/),
      Updated: STAMP,
      FirstName: 'Zoë',
      LastName: "O'Neill",
      JobTitle: '',
      EmailAddress: '',
      WorkPhone: '',
      AccountId: '1-1000000',
    });
    const id = result.record!.Id;
    expect(simulator.data.get('Contact', id)).toMatchObject({ Created: STAMP, Updated: STAMP, 'Last Name': "O'Neill" });
    expect(simulator.data.ownerOf('Contact', id)).toBe('JSMITH');
    expect([...simulator.data.list('Contact', 'JSMITH')].map((r) => r.Id)).toContain(id);
    expect([...simulator.data.list('Contact', 'TBROWN')].map((r) => r.Id)).not.toContain(id);
  });

  it('fills server defaults that the command leaves out and keeps the values it sends', async () => {
    const { simulator, token } = await setup();
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Insert', record: 'Account', fields: { Name: 'Initech', Location: 'Austin' } },
      { operation: 'Insert', record: 'Opportunity', fields: { Name: 'Initech - Upgrade', AccountId: '1-1000000' } },
      { operation: 'Insert', record: 'Action', fields: { Description: 'Email: offer', Type: 'Email - Inbound' } },
      {
        operation: 'Insert',
        record: 'Action',
        fields: { Description: 'Kick-off', Type: 'Meeting', Status: 'Done', Planned: '02/01/2024 10:00:00' },
      },
    ]);
    expect(results.map((r) => r.status)).toEqual(['Success', 'Success', 'Success', 'Success']);
    expect(results[0].record).toMatchObject({ AccountStatus: 'Active', Type: '' });
    expect(results[1].record).toMatchObject({ SalesStage: '01 - Prospecting' });
    expect(simulator.data.get('Opportunity', results[1].record!.Id)).toMatchObject({
      'Primary Revenue Win Probability': '10',
    });
    expect(results[2].record).toMatchObject({ Type: 'Email - Inbound', Status: 'Planned', Planned: STAMP });
    expect(results[3].record).toMatchObject({ Status: 'Done', Planned: '02/01/2024 10:00:00' });
  });

  it('runs the commands in order, so a later command sees what an earlier one created', async () => {
    const { simulator, token } = await setup();
    const first = await executeBatch(simulator, token, [
      { operation: 'Insert', record: 'Account', fields: { Name: 'Hooli', Location: 'Paris' } },
    ]);
    const accountId = first.results[0].record!.Id;
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Insert', record: 'Contact', fields: { LastName: 'Silva', AccountId: accountId } },
      { operation: 'Update', record: 'Account', fields: { Id: accountId, MainPhoneNumber: '+1 555' } },
      { operation: 'Delete', record: 'Account', fields: { Id: accountId } },
      { operation: 'Update', record: 'Account', fields: { Id: accountId, Location: 'Lyon' } },
    ]);
    expect(results.map((r) => [r.status, r.errorCode])).toEqual([
      ['Success', ''],
      ['Success', ''],
      ['Success', ''],
      ['Error', 'SBL-EAI-04403'],
    ]);
  });
});

describe('ExecuteBatch updates', () => {
  it('applies only the fields present, clears a field sent empty, bumps Updated and answers the whole record', async () => {
    const { simulator, token } = await setup();
    const before = simulator.data.get('Contact', '1-2000000')!;
    const { results } = await executeBatch(simulator, token, [
      {
        operation: 'Update',
        record: 'Contact',
        fields: { Id: '1-2000000', Updated: before.Updated, JobTitle: 'VP Sales', WorkPhone: '' },
      },
    ]);
    expect(results[0].status).toBe('Success');
    expect(results[0].record).toMatchObject({
      Id: '1-2000000',
      Updated: STAMP,
      JobTitle: 'VP Sales',
      WorkPhone: '',
      LastName: before['Last Name'],
      EmailAddress: before['Email Address'],
    });
    expect(simulator.data.get('Contact', '1-2000000')).toMatchObject({
      'Job Title': 'VP Sales',
      'Work Phone #': '',
      'First Name': before['First Name'],
      Created: before.Created,
    });
  });

  it('refuses with SBL-DAT-00523 a record changed since the Updated the command carries, and changes nothing', async () => {
    const { simulator, token } = await setup();
    const seen = simulator.data.get('Account', '1-1000001')!.Updated;
    simulator.data.update('Account', '1-1000001', { Location: 'Wien' });
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Update', record: 'Account', fields: { Id: '1-1000001', Updated: seen, Location: 'Berlin' } },
      { operation: 'Delete', record: 'Account', fields: { Id: '1-1000001', Updated: seen } },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual(['SBL-DAT-00523', 'SBL-DAT-00523']);
    expect(results[0].errorMessage).toMatch(/modified by another user.*\(SBL-DAT-00523\)$/);
    expect(simulator.data.get('Account', '1-1000001')).toMatchObject({ Location: 'Wien' });
  });

  it('bumps Updated on an admin change even when the clock stands still, so the client still sees a conflict', async () => {
    const { simulator, token } = await setup();
    const first = await executeBatch(simulator, token, [
      { operation: 'Update', record: 'Account', fields: { Id: '1-1000000', Location: 'Köln' } },
    ]);
    const seen = first.results[0].record!.Updated;
    const changed = simulator.data.update('Account', '1-1000000', { Name: 'Renamed' });
    expect(changed.Updated).toBe('02/04/2024 09:00:01');
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Update', record: 'Account', fields: { Id: '1-1000000', Updated: seen, Location: 'Bonn' } },
    ]);
    expect(results[0].errorCode).toBe('SBL-DAT-00523');
  });

  it('answers SBL-EAI-04403 for a deleted record, an unknown id and a record the user may not see', async () => {
    const { simulator, token } = await setup();
    simulator.data.delete('Account', '1-1000001');
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Update', record: 'Account', fields: { Id: '1-1000001', Location: 'Rome' } },
      { operation: 'Update', record: 'Account', fields: { Id: '1-9ZZZZZZ', Location: 'Rome' } },
      { operation: 'Update', record: 'Account', fields: { Id: '1-1000002', Location: 'Rome' } },
      { operation: 'Delete', record: 'Account', fields: { Id: '1-1000002' } },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual([
      'SBL-EAI-04403',
      'SBL-EAI-04403',
      'SBL-EAI-04403',
      'SBL-EAI-04403',
    ]);
    expect(results[1].errorMessage).toBe(
      "No matching record could be found in business component 'Account' for integration component instance with Id '1-9ZZZZZZ'.(SBL-EAI-04403)",
    );
    expect(simulator.data.get('Account', '1-1000002')).toMatchObject({ Location: expect.not.stringMatching(/^Rome$/) });
  });

  it('lets a manager change the opportunity of his report under the Manager view mode', async () => {
    const { simulator } = await setup();
    const token = await login(simulator, 'MJONES');
    const opportunity = [...simulator.data.list('Opportunity', 'TBROWN')][0];
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Update', record: 'Opportunity', fields: { Id: opportunity.Id, SalesStage: '04 - Proposal' } },
      { operation: 'Update', record: 'Account', fields: { Id: opportunity['Account Id'], Location: 'Rome' } },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual(['', 'SBL-EAI-04403']);
  });
});

describe('ExecuteBatch deletes', () => {
  it('deletes a record seen at its current Updated and answers Success without a record', async () => {
    const { simulator, token } = await setup();
    const current = simulator.data.get('Action', '1-4000000')!;
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Delete', record: 'Action', fields: { Id: '1-4000000', Updated: current.Updated } },
    ]);
    expect(results[0]).toMatchObject({ status: 'Success', record: undefined });
    expect(simulator.data.get('Action', '1-4000000')).toBeUndefined();
    const again = await executeBatch(simulator, token, [
      { operation: 'Delete', record: 'Action', fields: { Id: '1-4000000' } },
    ]);
    expect(again.results[0].errorCode).toBe('SBL-EAI-04403');
  });
});

describe('ExecuteBatch counters and incremental download', () => {
  it('counts successful inserts, updates and deletes per type and the refused commands', async () => {
    const { simulator, token } = await setup();
    await executeBatch(simulator, token, [
      { operation: 'Insert', record: 'Action', fields: { Description: 'Call', Type: 'Call' } },
      { operation: 'Insert', record: 'Action', fields: { Description: 'No type' } },
      { operation: 'Update', record: 'Contact', fields: { Id: '1-2000001', JobTitle: 'CEO' } },
      { operation: 'Delete', record: 'Opportunity', fields: { Id: '1-3000000' } },
    ]);
    const counters = simulator.counters();
    expect(counters).toMatchObject({ inserts: 1, updates: 1, deletes: 1, rejectedCommands: 1 });
    expect(counters.writes).toEqual({
      Action: { inserts: 1, updates: 0, deletes: 0 },
      Contact: { inserts: 0, updates: 1, deletes: 0 },
      Opportunity: { inserts: 0, updates: 0, deletes: 1 },
    });
    expect(counters.calls.ExecuteBatch).toBe(1);
    simulator.admin.reset();
    expect(simulator.counters()).toMatchObject({ inserts: 0, writes: {} });
  });

  it('returns inserted and updated records, and only those, to the next "changed since" query', async () => {
    const { clock, simulator, token } = await setup();
    await clock.advance(60_000);
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Insert', record: 'Account', fields: { Name: 'Vandelay', Location: 'New York' } },
      { operation: 'Update', record: 'Account', fields: { Id: '1-1000001', Location: 'Madrid' } },
    ]);
    const since = "[Updated] >= '02/04/2024 08:55:00'";
    const answer = await call(
      simulator,
      envelope(
        { sessionType: 'Stateless', token },
        queryBody({ searchSpec: since, fields: ['Id', 'Updated', 'Name', 'Location'] }),
      ),
    );
    const records = recordsOf(answer);
    expect(records.map((r) => r.Id).sort()).toEqual([results[0].record!.Id, '1-1000001'].sort());
    expect(records.find((r) => r.Id === '1-1000001')).toMatchObject({
      Location: 'Madrid',
      Updated: '02/04/2024 09:01:00',
    });
  });
});
