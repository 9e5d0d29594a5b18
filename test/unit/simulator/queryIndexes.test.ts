import { describe, expect, it } from 'vitest';
import { DataSet } from '../../../src/simulator/data/DataSet';
import { formatSiebelDateTime } from '../../../src/simulator/data/siebelDate';
import { parseSearchSpec } from '../../../src/simulator/query/parseSearchSpec';
import { parseSortSpec } from '../../../src/simulator/query/parseSortSpec';
import { runQuery } from '../../../src/simulator/query/runQuery';
import { ACTION } from './support/actionObject';

const EPOCH = Date.UTC(2024, 0, 31, 10, 0, 0);

/** The same query the slow way: build every record and test it. */
function bruteForce(data: DataSet, spec: string): string[] {
  const predicate = parseSearchSpec(ACTION, spec)!;
  const ids: string[] = [];
  for (let ref = 0; ref < data.refCount('Action'); ref += 1) {
    const record = data.recordAt('Action', ref);
    if (record && predicate(record)) ids.push(record.Id);
  }
  return ids.sort();
}

function indexed(data: DataSet, spec: string, predicateKey?: string): string[] {
  const refs = runQuery(data, {
    type: 'Action',
    owners: 'all',
    predicate: parseSearchSpec(ACTION, spec),
    predicateKey,
    sort: parseSortSpec(ACTION, 'Id'),
  });
  return Array.from(refs, (ref) => data.recordAt('Action', ref)!.Id);
}

function mutatedData(): DataSet {
  const data = new DataSet({ accounts: 40, seed: 11 }, EPOCH);
  const ids = Array.from({ length: data.refCount('Action') }, (_, ref) => data.idAt('Action', ref)!);
  for (let i = 0; i < ids.length; i += 7) data.update('Action', ids[i], {}, EPOCH + 60_000 + i * 1000);
  for (let i = 3; i < ids.length; i += 11) data.delete('Action', ids[i]);
  data.create('Action', { Status: 'Not Started' }, 'JSMITH', EPOCH + 120_000);
  return data;
}

describe('simulator query indexes', () => {
  it('answers "changed since" from the stamp index exactly as a full scan does, for bounds before and after the start', () => {
    const data = mutatedData();
    const bounds = [
      EPOCH - 400 * 86_400_000,
      EPOCH - 30 * 86_400_000,
      EPOCH - 300_000,
      EPOCH + 90_000,
      EPOCH + 10 * 86_400_000,
    ];
    for (const ms of bounds) {
      for (const spec of [
        `[Action.Updated] >= '${formatSiebelDateTime(ms)}'`,
        `([Action.Status] <> 'Done') AND ([Action.Created] > '${formatSiebelDateTime(ms)}')`,
      ]) {
        const expected = bruteForce(data, spec);
        expect(indexed(data, spec)).toEqual(expected);
      }
    }
    expect(bruteForce(data, `[Action.Updated] >= '${formatSiebelDateTime(EPOCH + 90_000)}'`).length).toBeGreaterThan(0);
  });

  it('re-tests updated records instead of trusting a cached verdict of their generated values', () => {
    const data = new DataSet({ accounts: 20, seed: 5 }, EPOCH);
    const spec = "[Action.Status] <> 'Done'";
    const before = indexed(data, spec, 'open');
    expect(before).toEqual(bruteForce(data, spec));
    const open = before[0];
    const done = bruteForce(data, "[Action.Status] = 'Done'")[0];
    data.update('Action', open, { Status: 'Done' }, EPOCH + 1000);
    data.update('Action', done, { Status: 'In Progress' }, EPOCH + 2000);
    const after = indexed(data, spec, 'open');
    expect(after).not.toContain(open);
    expect(after).toContain(done);
    expect(after).toEqual(bruteForce(data, spec));
  });

  it('gives a ref the id of its record without building it, and none once deleted', () => {
    const data = mutatedData();
    for (let ref = 0; ref < data.refCount('Action'); ref += 1)
      expect(data.idAt('Action', ref)).toBe(data.recordAt('Action', ref)?.Id);
  });

  it('derives lower bounds only from comparisons every match must satisfy', () => {
    const at = "'01/31/2024 10:00:00'";
    expect(parseSearchSpec(ACTION, `[Action.Updated] >= ${at}`)!.bounds).toEqual([{ field: 'Updated', min: EPOCH }]);
    expect(parseSearchSpec(ACTION, `([Action.Status] = 'Done') AND ([Action.Updated] > ${at})`)!.bounds).toEqual([
      { field: 'Updated', min: EPOCH },
    ]);
    expect(parseSearchSpec(ACTION, `[Action.Status] = 'Done' OR [Action.Updated] >= ${at}`)!.bounds).toBeUndefined();
    expect(parseSearchSpec(ACTION, `NOT [Action.Updated] >= ${at}`)!.bounds).toBeUndefined();
    expect(parseSearchSpec(ACTION, `[Action.Updated] <= ${at}`)!.bounds).toBeUndefined();
  });
});
