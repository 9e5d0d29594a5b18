import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src/simulator';
import { ManualClock } from '../../support/ManualClock';
import { executeBatch } from './support/batch';
import { call, envelope, login, queryBody, recordsOf } from './support/soap';

const linkQuery = (extra: Parameters<typeof queryBody>[0] = {}) =>
  queryBody({ record: 'ActionContact', fields: ['Id', 'Updated', 'ActivityId', 'ContactId'], ...extra });

/** JSMITH owns accounts 0-1 with activities 1-4000000..7 and contacts 1-2000000..5; TBROWN owns account 2. */
async function setup() {
  const simulator = createSimulator({ clock: new ManualClock(Date.UTC(2024, 1, 4, 9)), data: { accounts: 2 } });
  return { simulator, token: await login(simulator) };
}

const link = (activity: string, contact: string) => ({
  operation: 'Insert',
  record: 'ActionContact',
  fields: { ActivityId: activity, ContactId: contact },
});

describe('ActionContact (activity ↔ contact links)', () => {
  it('starts with no link rows and leaves the generated counts as they were', () => {
    const simulator = createSimulator({ data: { accounts: 100 } });
    expect(simulator.data.count('ActionContact')).toBe(0);
    expect(simulator.data.count('Contact', 'JSMITH')).toBe(300);
    expect(simulator.data.count('Action', 'JSMITH')).toBe(400);
  });

  it('links one activity to several contacts and answers the links to a QueryPage of their owner only', async () => {
    const { simulator, token } = await setup();
    const { results } = await executeBatch(simulator, token, [
      link('1-4000000', '1-2000000'),
      link('1-4000000', '1-2000001'),
      link('1-4000000', '1-2000000'),
    ]);
    expect(results.map((r) => r.errorCode)).toEqual(['', '', 'SBL-DAT-00381']);
    expect(results[0].record).toEqual({
      Id: expect.stringMatching(/^1-9/),
      Updated: '02/04/2024 09:00:00',
      ActivityId: '1-4000000',
      ContactId: '1-2000000',
    });
    const mine = recordsOf(
      await call(simulator, envelope({ sessionType: 'Stateless', token }, linkQuery())),
      'ActionContact',
    );
    expect(mine.map((r) => r.ContactId).sort()).toEqual(['1-2000000', '1-2000001']);
    const other = await login(simulator, 'TBROWN');
    expect(
      recordsOf(
        await call(simulator, envelope({ sessionType: 'Stateless', token: other }, linkQuery())),
        'ActionContact',
      ),
    ).toEqual([]);
    const byId = await call(
      simulator,
      envelope(
        { sessionType: 'Stateless', token: other },
        linkQuery({ viewMode: 'All', searchSpec: `[ActionContact.Id] = '${results[1].record!.Id}'` }),
      ),
    );
    expect(recordsOf(byId, 'ActionContact').map((r) => r.ContactId)).toEqual(['1-2000001']);
  });

  it('refuses links to an activity or a contact the user cannot see', async () => {
    const { simulator, token } = await setup();
    const theirActivity = [...simulator.data.list('Action', 'TBROWN')][0].Id;
    const theirContact = [...simulator.data.list('Contact', 'TBROWN')][0].Id;
    const { results } = await executeBatch(simulator, token, [
      link(theirActivity, '1-2000000'),
      link('1-4000000', theirContact),
    ]);
    expect(results.map((r) => r.errorCode)).toEqual(['SBL-EAI-04397', 'SBL-EAI-04397']);
  });

  it('gives a link created by an admin to the activity owner', () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const theirActivity = [...simulator.data.list('Action', 'TBROWN')][0].Id;
    const created = simulator.data.create('ActionContact', { ActivityId: theirActivity, ContactId: '1-2000000' });
    expect(simulator.data.ownerOf('ActionContact', created.Id)).toBe('TBROWN');
    expect(simulator.data.count('ActionContact', 'TBROWN')).toBe(1);
    expect(simulator.data.count('ActionContact', 'JSMITH')).toBe(0);
  });

  it('deletes the links of a deleted activity or contact (cascade) but not the other links', async () => {
    const { simulator, token } = await setup();
    await executeBatch(simulator, token, [
      link('1-4000000', '1-2000000'),
      link('1-4000001', '1-2000000'),
      link('1-4000001', '1-2000001'),
    ]);
    const { results } = await executeBatch(simulator, token, [
      { operation: 'Delete', record: 'Action', fields: { Id: '1-4000000' } },
    ]);
    expect(results[0].status).toBe('Success');
    expect([...simulator.data.list('ActionContact')].map((r) => [r['Activity Id'], r['Contact Id']])).toEqual([
      ['1-4000001', '1-2000000'],
      ['1-4000001', '1-2000001'],
    ]);
    simulator.data.delete('Contact', '1-2000001');
    expect([...simulator.data.list('ActionContact')].map((r) => r['Contact Id'])).toEqual(['1-2000000']);
    expect(simulator.counters().deletes).toBe(1);
  });

  it('returns new links to a "changed since" query and deletes a link by id', async () => {
    const { simulator, token } = await setup();
    const { results } = await executeBatch(simulator, token, [link('1-4000002', '1-2000002')]);
    const since = await call(
      simulator,
      envelope(
        { sessionType: 'Stateless', token },
        linkQuery({ searchSpec: "[ActionContact.Updated] >= '02/04/2024 08:55:00'" }),
      ),
    );
    expect(recordsOf(since, 'ActionContact').map((r) => r.Id)).toEqual([results[0].record!.Id]);
    const removed = await executeBatch(simulator, since.token!, [
      {
        operation: 'Delete',
        record: 'ActionContact',
        fields: { Id: results[0].record!.Id, Updated: results[0].record!.Updated },
      },
    ]);
    expect(removed.results[0].status).toBe('Success');
    expect(simulator.data.count('ActionContact')).toBe(0);
  });
});
