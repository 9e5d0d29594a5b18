import { describe, expect, it } from 'vitest';
import { createSimulator, optionsForRecords } from '../../../src/simulator';
import { ManualClock } from '../../support/ManualClock';
import { textOf } from './support/canonicalXml';
import { call, envelope, login, queryBody, recordsOf } from './support/soap';

const SIEBEL_DATE = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;
const toMs = (text: string) => {
  const [m, d, y, hh, mm, ss] = text.split(/[/ :]/).map(Number);
  return Date.UTC(y, m - 1, d, hh, mm, ss);
};

describe('simulator data set', () => {
  it('generates the same records for the same seed and start time', () => {
    const clock = new ManualClock();
    const a = [...createSimulator({ clock, data: { accounts: 5, seed: 7 } }).data.list('Contact')];
    const b = [...createSimulator({ clock, data: { accounts: 5, seed: 7 } }).data.list('Contact')];
    const c = [...createSimulator({ clock, data: { accounts: 5, seed: 8 } }).data.list('Contact')];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('links children to accounts and activities to contacts and opportunities of the same account', () => {
    const simulator = createSimulator({ data: { accounts: 3 } });
    const accountIds = new Set([...simulator.data.list('Account')].map((r) => r.Id));
    for (const action of simulator.data.list('Action')) {
      expect(accountIds.has(action['Account Id'])).toBe(true);
      expect(simulator.data.get('Contact', action['Primary Contact Id'])!['Account Id']).toBe(action['Account Id']);
      expect(simulator.data.get('Opportunity', action['Opportunity Id'])!['Account Id']).toBe(action['Account Id']);
    }
  });

  it('stamps Created and Updated in Siebel format, before the start time, with Siebel-style ids', () => {
    const clock = new ManualClock();
    const simulator = createSimulator({ clock, data: { accounts: 20 } });
    for (const type of ['Account', 'Contact', 'Opportunity', 'Action']) {
      for (const record of simulator.data.list(type)) {
        expect(record.Id).toMatch(/^1-[0-9A-Z]+$/);
        expect(record.Created).toMatch(SIEBEL_DATE);
        expect(toMs(record.Updated)).toBeLessThan(clock.now());
        expect(toMs(record.Created)).toBeLessThanOrEqual(toMs(record.Updated));
      }
    }
    const statuses = new Set([...simulator.data.list('Action')].map((r) => r.Status));
    expect(statuses.has('Done')).toBe(true);
    expect(statuses.size).toBeGreaterThan(1);
  });

  it('sizes the data by accounts with per-account ratios and 10% records of other owners', () => {
    const simulator = createSimulator({ data: { accounts: 100 } });
    expect(simulator.data.count('Account', 'JSMITH')).toBe(100);
    expect(simulator.data.count('Contact', 'JSMITH')).toBe(300);
    expect(simulator.data.count('Action', 'JSMITH')).toBe(400);
    expect(simulator.data.count('Account')).toBe(110);
    expect(optionsForRecords(900)).toEqual({ accounts: 100 });
  });

  it('stamps Updated with the simulator clock on update and keeps mutations in the overlay', async () => {
    const clock = new ManualClock(Date.UTC(2024, 2, 1, 12, 0, 0));
    const simulator = createSimulator({ clock, data: { accounts: 2 } });
    const id = [...simulator.data.list('Account')][0].Id;
    await clock.advance(5_000);
    expect(simulator.data.update('Account', id, { MainPhoneNumber: '+1 1' })).toMatchObject({
      'Main Phone Number': '+1 1',
      Updated: '03/01/2024 12:00:05',
    });
    simulator.data.delete('Account', id);
    expect(simulator.data.get('Account', id)).toBeUndefined();
    expect(simulator.data.count('Account')).toBe(2);
    expect(() => simulator.data.update('Account', id, {})).toThrow(/No Account/);
    simulator.admin.reset();
    expect(simulator.data.get('Account', id)).toBeDefined();
  });

  it('pages the first and last page of a 1,000,000-record configuration fast without building all records', async () => {
    const simulator = createSimulator({ data: optionsForRecords(1_000_000) });
    const token = await login(simulator);
    const started = performance.now();
    const first = await call(
      simulator,
      envelope(
        { sessionType: 'Stateless', token },
        queryBody({ record: 'Action', pageSize: 100, fields: ['Id', 'Status'] }),
      ),
    );
    const total = simulator.data.count('Action', 'JSMITH');
    expect(total).toBeGreaterThan(440_000);
    const lastStart = Math.floor((total - 1) / 100) * 100;
    const last = await call(
      simulator,
      envelope(
        { sessionType: 'Stateless', token: first.token },
        queryBody({ record: 'Action', pageSize: 100, start: lastStart, fields: ['Id', 'Status'] }),
      ),
    );
    const elapsed = performance.now() - started;
    expect(recordsOf(first, 'Action')).toHaveLength(100);
    expect(textOf(last.tree, 'LastPage')).toBe('true');
    expect(recordsOf(last, 'Action')).toHaveLength(total - lastStart);
    expect(elapsed).toBeLessThan(3_000);
  });
});
