import { describe, expect, it } from 'vitest';
import { createSimulator, SimulatorOptionError } from '../../../src/simulator';
import { wallTime } from '../../../src/simulator/clock/wallTime';
import { adminApi } from '../../../src/simulator/node/adminApi';
import { ManualClock } from '../../support/ManualClock';
import { executeBatch } from './support/batch';
import { call, envelope, login, metadataBody, queryBody, recordsOf } from './support/soap';

const HOUR = 3_600_000;
const wallMs = (stamp: string) => {
  const [month, day, year, hours, minutes, seconds] = stamp.split(/[/ :]/).map(Number);
  return Date.UTC(year, month - 1, day, hours, minutes, seconds);
};
const insertAction = { operation: 'Insert', record: 'Action', fields: { Description: 'Call back', Type: 'Call' } };

describe('server clock offset', () => {
  it('stamps Created, Updated and the Planned default with the simulator clock plus the offset', async () => {
    const simulator = createSimulator({
      clock: new ManualClock(Date.UTC(2024, 1, 4, 9)),
      clockOffsetMs: -2 * HOUR,
      data: { accounts: 1 },
    });
    const { results } = await executeBatch(simulator, await login(simulator), [insertAction]);
    expect(results[0].record).toMatchObject({ Updated: '02/04/2024 07:00:00', Planned: '02/04/2024 07:00:00' });
    expect(simulator.data.get('Action', results[0].record!.Id)).toMatchObject({ Created: '02/04/2024 07:00:00' });
    expect(simulator.data.create('Account', { Name: 'Admin made' }).Created).toBe('02/04/2024 07:00:00');
  });

  it('moves between syncs with admin.setServerClock, without touching stamps already written or sessions', async () => {
    const clock = new ManualClock(Date.UTC(2024, 1, 4, 9));
    const simulator = createSimulator({ clock, data: { accounts: 1 } });
    const token = await login(simulator);
    const first = await executeBatch(simulator, token, [insertAction]);
    const settings = simulator.admin.setServerClock({ offsetMs: 36 * HOUR });
    expect(settings).toMatchObject({ clockOffsetMs: 36 * HOUR, timeZone: 'UTC', serverTime: '02/05/2024 21:00:00' });
    const second = await executeBatch(simulator, first.answer.token!, [insertAction]);
    expect(second.answer.status).toBe(200);
    expect(second.results[0].record!.Updated).toBe('02/05/2024 21:00:00');
    expect(simulator.data.get('Action', first.results[0].record!.Id)!.Updated).toBe('02/04/2024 09:00:00');
    simulator.admin.setServerClock({ offsetMs: -HOUR });
    expect(simulator.data.update('Account', '1-1000000', { Location: 'Oslo' }).Updated).toBe('02/04/2024 08:00:00');
  });
});

describe('server time zone', () => {
  it('writes stamps as wall time of the zone, without a marker, in winter and in summer', async () => {
    const winter = createSimulator({
      clock: new ManualClock(Date.UTC(2024, 0, 31, 15)),
      timeZone: 'America/New_York',
      data: { accounts: 1 },
    });
    expect((await executeBatch(winter, await login(winter), [insertAction])).results[0].record!.Updated).toBe(
      '01/31/2024 10:00:00',
    );
    const summer = createSimulator({
      clock: new ManualClock(Date.UTC(2024, 6, 1, 10, 30, 15)),
      timeZone: 'Europe/Berlin',
      data: { accounts: 1 },
    });
    expect(summer.data.create('Contact', { 'Last Name': 'Weber' }).Updated).toBe('07/01/2024 12:30:15');
    expect(summer.admin.settings().serverTime).toBe('07/01/2024 12:30:15');
  });

  it('reads date literals in criteria in the server zone', async () => {
    const clock = new ManualClock(Date.UTC(2024, 0, 31, 15, 0, 30));
    const simulator = createSimulator({ clock, timeZone: 'America/New_York', data: { accounts: 3 } });
    const token = await login(simulator);
    simulator.data.update('Account', '1-1000001', { Location: 'Boston' });
    const since = async (literal: string) =>
      recordsOf(
        await call(
          simulator,
          envelope(
            { sessionType: 'Stateless', token },
            queryBody({ fields: ['Id', 'Updated'], searchSpec: `[Updated] >= '${literal}'` }),
          ),
        ),
      );
    expect(await since('01/31/2024 10:00:00')).toEqual([{ Id: '1-1000001', Updated: '01/31/2024 10:00:30' }]);
    expect(await since('01/31/2024 10:01:00')).toEqual([]);
    expect(await since('01/31/2024 15:00:00')).toEqual([]);
  });

  it('generates the same data for the same wall time at the start, whatever zone it is read in', () => {
    const tokyo = createSimulator({
      clock: new ManualClock(Date.UTC(2024, 2, 1, 3)),
      timeZone: 'Asia/Tokyo',
      data: { accounts: 3, seed: 9 },
    });
    const utc = createSimulator({ clock: new ManualClock(Date.UTC(2024, 2, 1, 12)), data: { accounts: 3, seed: 9 } });
    expect([...tokyo.data.list('Action')]).toEqual([...utc.data.list('Action')]);
    // Generated stamps lie before the server's start as the server reads its clock: 03/01/2024 12:00:00 in Tokyo.
    for (const action of tokyo.data.list('Action'))
      expect(wallMs(action.Updated)).toBeLessThan(Date.UTC(2024, 2, 1, 12));
  });

  it('converts instants to wall time across daylight saving changes', () => {
    expect(new Date(wallTime(Date.UTC(2024, 2, 31, 0, 59, 59), 'Europe/Berlin')).toISOString()).toBe(
      '2024-03-31T01:59:59.000Z',
    );
    expect(new Date(wallTime(Date.UTC(2024, 2, 31, 1, 0, 0), 'Europe/Berlin')).toISOString()).toBe(
      '2024-03-31T03:00:00.000Z',
    );
    expect(wallTime(Date.UTC(2024, 5, 1, 12, 0, 0, 250), 'UTC')).toBe(Date.UTC(2024, 5, 1, 12, 0, 0, 250));
  });
});

describe('server clock settings', () => {
  it('refuses an unknown zone or an offset that is not a number with SimulatorOptionError', () => {
    expect(() => createSimulator({ timeZone: 'Mars/Olympus' })).toThrow(SimulatorOptionError);
    expect(() => createSimulator({ timeZone: 'Mars/Olympus' })).toThrow(/Unknown time zone "Mars\/Olympus"/);
    expect(() => createSimulator({ clockOffsetMs: Number.NaN })).toThrow(SimulatorOptionError);
    const simulator = createSimulator({ timeZone: 'Europe/Paris' });
    expect(() => simulator.admin.setServerClock({ offsetMs: 5, timeZone: 'Nowhere' })).toThrow(SimulatorOptionError);
    expect(simulator.admin.settings()).toMatchObject({ clockOffsetMs: 0, timeZone: 'Europe/Paris' });
  });

  it('moves the clock through the admin API and restores the creation options on reset', () => {
    const simulator = createSimulator({ clock: new ManualClock(Date.UTC(2024, 0, 1, 12)), clockOffsetMs: 1000 });
    const moved = adminApi(simulator, 'POST', 'clock', { offsetMs: -HOUR, timeZone: 'Asia/Kolkata' });
    expect(moved).toMatchObject({
      status: 200,
      body: { clockOffsetMs: -HOUR, timeZone: 'Asia/Kolkata', serverTime: '01/01/2024 16:30:00' },
    });
    expect(adminApi(simulator, 'POST', 'clock', { timeZone: 'Nowhere' })).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining('Unknown time zone') },
    });
    simulator.admin.reset();
    expect(simulator.admin.settings()).toMatchObject({
      clockOffsetMs: 1000,
      timeZone: 'UTC',
      serverTime: '01/01/2024 12:00:01',
    });
  });

  it('keeps session timeouts on the simulator clock', async () => {
    const simulator = createSimulator({ clock: new ManualClock() });
    const token = await login(simulator);
    simulator.admin.setServerClock({ offsetMs: 48 * HOUR });
    expect((await call(simulator, envelope({ sessionType: 'Stateless', token }, metadataBody()))).status).toBe(200);
  });
});
