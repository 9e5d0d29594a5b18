import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src/simulator';
import { adminApi } from '../../../src/simulator/node/adminApi';
import { ManualClock } from '../../support/ManualClock';
import { batchBody, executeBatch } from './support/batch';
import { call, envelope, login } from './support/soap';

async function setup() {
  const simulator = createSimulator({ clock: new ManualClock(Date.UTC(2024, 1, 4, 9)), data: { accounts: 2 } });
  return { simulator, token: await login(simulator) };
}

describe('ExecuteBatch validation', () => {
  it('refuses a missing or emptied required field with SBL-DAT-00498', async () => {
    const { simulator, token } = await setup();
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Insert', record: 'Contact', fields: { FirstName: 'Anna' } },
      { operation: 'Insert', record: 'Action', fields: { Type: 'Call' } },
      { operation: 'Update', record: 'Account', fields: { Id: '1-1000000', Name: '' } },
      { operation: 'Insert', record: 'ActionContact', fields: { ActivityId: '1-4000000' } },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual([
      'SBL-DAT-00498',
      'SBL-DAT-00498',
      'SBL-DAT-00498',
      'SBL-DAT-00498',
    ]);
    expect(results.map((r) => /'([^']+)' is a required field/.exec(r.errorMessage)?.[1])).toEqual([
      'Last Name',
      'Description',
      'Name',
      'Contact Id',
    ]);
    expect(simulator.counters().inserts).toBe(0);
  });

  it('refuses a value outside the list of a picklist-bound field with SBL-EAI-04401 naming field and value, and accepts the email and meeting types', async () => {
    const { simulator, token } = await setup();
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Insert', record: 'Account', fields: { Name: 'Acme', Location: 'Oslo', Type: 'Alien' } },
      { operation: 'Update', record: 'Opportunity', fields: { Id: '1-3000000', SalesStage: '09 - Dreaming' } },
      { operation: 'Insert', record: 'Action', fields: { Description: 'Fax', Type: 'Fax' } },
      { operation: 'Insert', record: 'Action', fields: { Description: 'Re: offer', Type: 'Email - Outbound' } },
      {
        operation: 'Insert',
        record: 'Action',
        fields: { Description: 'Review', Type: 'Meeting', Status: 'In Progress' },
      },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual(['SBL-EAI-04401', 'SBL-EAI-04401', 'SBL-EAI-04401', '', '']);
    expect(results[0].errorMessage).toBe(
      "Picklist validation of field 'Type' in integration component 'Account' failed: no value in its bounded picklist matches 'Alien'.(SBL-EAI-04401)",
    );
    expect(results[1].errorMessage).toContain("field 'Sales Stage' in integration component 'Opportunity'");
  });

  it('refuses dates that are not MM/DD/YYYY or MM/DD/YYYY HH:MM:SS with SBL-DAT-00359', async () => {
    const { simulator, token } = await setup();
    const { results } = await executeBatch(simulator, token, [
      {
        operation: 'Update',
        record: 'Opportunity',
        fields: { Id: '1-3000000', PrimaryRevenueCloseDate: '2024-02-01' },
      },
      {
        operation: 'Update',
        record: 'Opportunity',
        fields: { Id: '1-3000000', PrimaryRevenueCloseDate: '02/30/2024' },
      },
      { operation: 'Insert', record: 'Action', fields: { Description: 'Call', Type: 'Call', Planned: '02/01/2024' } },
      {
        operation: 'Insert',
        record: 'Action',
        fields: { Description: 'Call', Type: 'Call', Planned: '02/01/2024 10:75:00' },
      },
      {
        operation: 'Update',
        record: 'Opportunity',
        fields: { Id: '1-3000000', PrimaryRevenueCloseDate: '03/31/2024' },
      },
      {
        operation: 'Insert',
        record: 'Action',
        fields: { Description: 'Call', Type: 'Call', Planned: '02/29/2024 23:59:59' },
      },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual([
      'SBL-DAT-00359',
      'SBL-DAT-00359',
      'SBL-DAT-00359',
      'SBL-DAT-00359',
      '',
      '',
    ]);
  });

  it('refuses with SBL-EAI-04397 a reference to a record that does not exist, was deleted or is not visible to the user', async () => {
    const { simulator, token } = await setup();
    simulator.data.delete('Contact', '1-2000001');
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Insert', record: 'Contact', fields: { LastName: 'Nowak', AccountId: 'local-4f2a' } },
      {
        operation: 'Insert',
        record: 'Action',
        fields: { Description: 'Call', Type: 'Call', PrimaryContactId: '1-2000001' },
      },
      { operation: 'Update', record: 'Contact', fields: { Id: '1-2000000', AccountId: '1-1000002' } },
      { operation: 'Insert', record: 'Contact', fields: { LastName: 'Nowak', AccountId: '1-1000001' } },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual(['SBL-EAI-04397', 'SBL-EAI-04397', 'SBL-EAI-04397', '']);
    expect(results[0].errorMessage).toContain("'local-4f2a'");
  });

  it('refuses an element the integration component does not define with SBL-EAI-04127 and runs the other commands', async () => {
    const { simulator, token } = await setup();
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Insert', record: 'Account', fields: { Name: 'Acme', Location: 'Oslo', Owner: 'TBROWN' } },
      { operation: 'Insert', record: 'Account', fields: { Name: 'Acme', Location: 'Oslo' } },
    ]);
    expect(results.map((r) => [r.commandId, r.status, r.errorCode])).toEqual([
      ['1', 'Error', 'SBL-EAI-04127'],
      ['2', 'Success', ''],
    ]);
    expect(results[0].errorMessage).toContain("XML tag 'Owner'");
    expect(simulator.counters()).toMatchObject({ inserts: 1, rejectedCommands: 1 });
  });

  it('refuses user key duplicates with SBL-DAT-00381, on insert and on update, whoever owns the existing record', async () => {
    const { simulator, token } = await setup();
    const theirs = simulator.data.get('Account', '1-1000002')!;
    const mine = simulator.data.get('Contact', '1-2000000')!;
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Insert', record: 'Account', fields: { Name: theirs.Name, Location: theirs.Location } },
      { operation: 'Insert', record: 'Account', fields: { Name: theirs.Name, Location: 'Elsewhere' } },
      {
        operation: 'Insert',
        record: 'Contact',
        fields: { FirstName: mine['First Name'], LastName: mine['Last Name'], EmailAddress: mine['Email Address'] },
      },
      {
        operation: 'Insert',
        record: 'Contact',
        fields: { FirstName: mine['First Name'], LastName: mine['Last Name'], EmailAddress: 'other@example.com' },
      },
      {
        operation: 'Update',
        record: 'Account',
        fields: { Id: '1-1000000', Name: theirs.Name, Location: theirs.Location },
      },
      { operation: 'Insert', record: 'Opportunity', fields: { Name: 'Duplicate deal', AccountId: '1-1000000' } },
      { operation: 'Insert', record: 'Opportunity', fields: { Name: 'Duplicate deal', AccountId: '1-1000000' } },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual([
      'SBL-DAT-00381',
      '',
      'SBL-DAT-00381',
      '',
      'SBL-DAT-00381',
      '',
      'SBL-DAT-00381',
    ]);
    expect(results[0].errorMessage).toContain("'Name, Location' already exist");
  });

  it('fails the commands a test asked to reject, once, with the given code', async () => {
    const { simulator, token } = await setup();
    simulator.data.rejectNext({
      typeId: 'Action',
      field: 'Description',
      value: 'Boom',
      code: 'SBL-DAT-00510',
      message: 'Simulated trigger failure.',
    });
    const batch = [
      { operation: 'Insert', record: 'Action', fields: { Description: 'Fine', Type: 'Call' } },
      { operation: 'Insert', record: 'Action', fields: { Description: 'Boom', Type: 'Call' } },
    ];
    const first = await executeBatch(simulator, token, batch);
    expect(first.results.map((r) => [r.errorCode, r.errorMessage])).toEqual([
      ['', ''],
      ['SBL-DAT-00510', 'Simulated trigger failure.(SBL-DAT-00510)'],
    ]);
    const second = await executeBatch(simulator, first.answer.token!, batch);
    expect(second.results.map((r) => r.status)).toEqual(['Success', 'Success']);
  });
});

describe('ExecuteBatch through the admin API', () => {
  it('rejects the next matching command set with the data op rejectNext and reports the write counters in state', async () => {
    const { simulator, token } = await setup();
    expect(
      adminApi(simulator, 'POST', 'data', { op: 'rejectNext', rejection: { typeId: 'Contact', operation: 'Update' } })
        .status,
    ).toBe(200);
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Update', record: 'Contact', fields: { Id: '1-2000000', JobTitle: 'CEO' } },
      { operation: 'Update', record: 'Contact', fields: { Id: '1-2000000', JobTitle: 'CFO' } },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual(['SBL-EAI-04376', '']);
    const state = adminApi(simulator, 'GET', 'state', {}).body as {
      counters: { updates: number; rejectedCommands: number };
    };
    expect(state.counters).toMatchObject({ updates: 1, rejectedCommands: 1 });
  });
});

describe('ExecuteBatch whole-call faults', () => {
  const run = async (body: string) => {
    const { simulator, token } = await setup();
    const answer = await call(simulator, envelope({ sessionType: 'Stateless', token }, body));
    return { answer, simulator };
  };
  const insert = (record = 'Account', extra: Record<string, string> = {}) => ({
    operation: 'Insert',
    record,
    fields: { Name: 'Acme', Location: 'Oslo' },
    ...extra,
  });

  it('answers a fault and runs nothing for an IntObjName the package does not define', async () => {
    const { answer, simulator } = await run(
      batchBody([insert(), { ...insert(), id: 2, intObjName: 'CRMDesktopLeadIO' }]),
    );
    expect(answer.status).toBe(500);
    expect(answer.errorCodes).toEqual(['SBL-EAI-04316', 'SBL-EAI-04111']);
    expect(simulator.counters().inserts).toBe(0);
  });

  it('answers a fault for an unknown Operation, a repeated CommandId and a missing command list', async () => {
    const upsert = await run(batchBody([{ ...insert(), operation: 'Upsert' }]));
    const repeated = await run(
      batchBody([
        { ...insert(), id: 7 },
        { ...insert(), id: 7 },
      ]),
    );
    const empty = await run('<cus:ExecuteBatch_Input><SiebelMessage/></cus:ExecuteBatch_Input>');
    for (const { answer, simulator } of [upsert, repeated, empty]) {
      expect(answer.status).toBe(500);
      expect(answer.errorCodes).toEqual(['SBL-EAI-04316', 'SBL-EAI-04315']);
      expect(simulator.data.count('Account')).toBe(3);
    }
  });

  it('accepts exactly max_commands_per_batch commands (50 in the sample packages) and refuses one more', async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => ({
      operation: 'Insert',
      record: 'Action',
      fields: { Description: `Call ${i}`, Type: 'Call' },
    }));
    const ok = await run(batchBody(fifty));
    expect(ok.answer.status).toBe(200);
    expect(ok.simulator.counters().inserts).toBe(50);
    const tooMany = await run(batchBody([...fifty, fifty[0]]));
    expect(tooMany.answer.errorCodes).toEqual(['SBL-PIM-00120']);
    expect(tooMany.simulator.counters().inserts).toBe(0);
  });
});
