import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src/simulator';
import { parseSearchSpec } from '../../../src/simulator/query/parseSearchSpec';
import { ManualClock } from '../../support/ManualClock';
import { ACTION } from './support/actionObject';
import { call, envelope, login, queryBody, recordsOf } from './support/soap';

const HOUR = 3_600_000;
const NOW = Date.UTC(2024, 9, 27, 14, 30, 0);
const at = (ms: number) => ({
  Id: '1',
  Updated: new Date(ms).toISOString().replace(/^(\d+)-(\d+)-(\d+)T([\d:]+).*$/, '$2/$3/$1 $4'),
});
const spec = (text: string) => parseSearchSpec(ACTION, text, { nowMs: NOW })!;

describe("the simulator's Timestamp() and Today() in search specifications", () => {
  it('compares a date field with the server time plus or minus days, fractions included', () => {
    const lastTwoHours = spec('[Action.Updated] >= Timestamp() - 0.0833334');
    expect(lastTwoHours(at(NOW - 2 * HOUR + 1000))).toBe(true);
    expect(lastTwoHours(at(NOW - 2 * HOUR - 1000))).toBe(false);
    expect(spec('[Action.Updated] >= Timestamp()-0.5')(at(NOW - 11 * HOUR))).toBe(true);
    expect(spec('[Action.Updated] < Timestamp() + 1')(at(NOW + 23 * HOUR))).toBe(true);
    expect(spec('[Action.Updated] >= Today()')(at(Date.UTC(2024, 9, 27, 0, 0, 1)))).toBe(true);
    expect(spec('[Action.Updated] >= Today()')(at(Date.UTC(2024, 9, 26, 23, 59, 59)))).toBe(false);
    expect(spec('[Action.Updated] >= Today () - 1')(at(Date.UTC(2024, 9, 26, 0, 0, 0)))).toBe(true);
  });

  it('marks criteria that read the clock, and bounds an OR by the lowest bound of its branches', () => {
    expect(spec('[Action.Updated] >= Timestamp() - 0.5').timeRelative).toBe(true);
    expect(spec("[Action.Updated] >= '10/27/2024 10:00:00'").timeRelative).toBeUndefined();
    const either = spec("([Action.Updated] >= '10/27/2024 13:00:00') OR ([Action.Updated] >= Timestamp() - 0.25)");
    expect(either.bounds).toEqual([{ field: 'Updated', min: NOW - 6 * HOUR }]);
    expect(either.timeRelative).toBe(true);
    expect(spec("[Action.Updated] >= '10/27/2024 13:00:00' OR [Action.Status] = 'Done'").bounds).toBeUndefined();
  });

  it.each([
    ['an unknown function', '[Action.Updated] >= Now()', /unknown function Now\(\)/],
    ['a function compared with text', '[Action.Status] = Timestamp()', /not a date/],
    ['days that are not a number', "[Action.Updated] >= Timestamp() - 'x'", /number of days/],
    ['an unclosed call', '[Action.Updated] >= Timestamp(', /expected "\)"/],
  ])('refuses %s', (_label, text, message) => {
    expect(() => spec(text)).toThrow(message);
  });

  it('evaluates Timestamp() at each call in the server clock and zone, after the clock went back too', async () => {
    const clock = new ManualClock(Date.UTC(2024, 9, 27, 9));
    const simulator = createSimulator({ clock, data: { accounts: 3 } });
    let token = await login(simulator);
    // The last five minutes; each answer carries the session's next token.
    const recent = async () => {
      const answer = await call(
        simulator,
        envelope(
          { sessionType: 'Stateless', token },
          queryBody({ fields: ['Id', 'Updated'], searchSpec: '[Updated] >= Timestamp() - 0.0034723' }),
        ),
      );
      expect(answer.status).toBe(200);
      token = answer.token ?? token;
      return recordsOf(answer).map((record) => record.Id);
    };
    simulator.data.update('Account', '1-1000001', { Location: 'Boston' });
    expect(await recent()).toEqual(['1-1000001']);
    clock.advance(10 * 60_000);
    expect(await recent()).toEqual([]);
    simulator.admin.setServerClock({ offsetMs: -HOUR });
    simulator.data.update('Account', '1-1000001', { Location: 'Oslo' });
    expect(await recent()).toEqual(['1-1000001']);
  });
});
