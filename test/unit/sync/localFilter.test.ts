import { describe, expect, it } from 'vitest';
import type { FieldDefinition, FilterCondition, FilterGroup, ObjectType, SiebelDataType } from '../../../src/metadata';
import { buildSearchSpec } from '../../../src/sync/download/buildSearchSpec';
import { changesQuery } from '../../../src/sync/download/changesQuery';
import { compileLocalFilter } from '../../../src/sync/download/localFilter';
import { salesRepPackage } from './support/salesRep';

function field(name: string, dataType: SiebelDataType): FieldDefinition {
  return {
    name,
    ioElemName: name.replace(/ /g, ''),
    label: name,
    dataType,
    isPrimaryKey: name === 'Id',
    isTimestamp: false,
    isPartOfUserKey: false,
    isFilterable: true,
    isHidden: false,
    isRequired: false,
    isReadonly: false,
    isNullable: true,
    hasPicklist: false,
  };
}

const ACTION: ObjectType = {
  typeId: 'Action',
  label: 'Activity',
  labelPlural: 'Activities',
  intObjName: 'CRMDesktopActionIO',
  recordElemName: 'Action',
  collectionElemName: 'ListOfAction',
  viewMode: 'Personal',
  syncFrequencySeconds: 0,
  isTopLevel: true,
  isAssociation: false,
  primaryKey: 'Id',
  fields: [
    field('Id', 'DTYPE_ID'),
    field('Status', 'DTYPE_TEXT'),
    field('Planned', 'DTYPE_UTCDATETIME'),
    field('Due', 'DTYPE_DATE'),
    field('Probability', 'DTYPE_INTEGER'),
    field('Private', 'DTYPE_BOOL'),
  ],
};

const NOW = Date.UTC(2024, 5, 3, 9, 30, 0);

function cond(
  fieldName: string,
  condition: FilterCondition['condition'],
  value: string | string[],
  valueType: FilterCondition['valueType'] = Array.isArray(value) ? 'array' : 'string',
): FilterCondition {
  return { kind: 'condition', field: fieldName, condition, value, valueType };
}

function group(link: 'and' | 'or', ...items: FilterGroup['items']): FilterGroup {
  return { kind: 'group', link, items };
}

function matches(filter: FilterGroup) {
  const compiled = compileLocalFilter(filter, ACTION, NOW);
  if (!compiled.ok) throw new Error(compiled.reason);
  return compiled.matches;
}

describe('compileLocalFilter: the preset filter evaluated on stored records as the server evaluates its SearchSpec', () => {
  it('reads ne / in / not in / like on text, with an empty field failing every comparison (SQL NULL)', () => {
    const notDone = matches(group('and', cond('Status', 'ne', 'Done')));
    expect(notDone({ Status: 'Open' })).toBe(true);
    expect(notDone({ Status: 'Done' })).toBe(false);
    expect(notDone({ Status: null })).toBe(false);
    const either = matches(group('and', cond('Status', 'in', ['Open', 'Planned'])));
    expect([either({ Status: 'Planned' }), either({ Status: 'Done' })]).toEqual([true, false]);
    const neither = matches(group('and', cond('Status', 'not in', ['Open', 'Planned'])));
    expect([neither({ Status: 'Planned' }), neither({ Status: 'Done' })]).toEqual([false, true]);
    const like = matches(group('and', cond('Status', 'like', 'Op?n*')));
    expect([like({ Status: 'Open now' }), like({ Status: 'Done' })]).toEqual([true, false]);
  });

  it('compares dates as times, with today and now from the same clock as the SearchSpec', () => {
    const upcoming = matches(group('and', cond('Planned', 'ge', 'today', 'function')));
    expect(upcoming({ Planned: '2024-06-03T00:00:00Z' })).toBe(true);
    expect(upcoming({ Planned: '2024-06-02T23:59:59Z' })).toBe(false);
    const beforeNow = matches(group('and', cond('Planned', 'lt', 'now', 'function')));
    expect([beforeNow({ Planned: '2024-06-03T09:29:59Z' }), beforeNow({ Planned: '2024-06-03T09:30:00Z' })]).toEqual([
      true,
      false,
    ]);
    const dueFrom = matches(group('and', cond('Due', 'ge', '06/01/2024')));
    expect([dueFrom({ Due: '2024-06-01' }), dueFrom({ Due: '2024-05-31' })]).toEqual([true, false]);
    expect(buildSearchSpec(group('and', cond('Planned', 'ge', 'today', 'function')), 'Action', NOW)).toBe(
      "[Action.Planned] >= '06/03/2024'",
    );
  });

  it('compares numbers as numbers, booleans as Y/N, and joins groups with and / or', () => {
    const likely = matches(
      group(
        'or',
        cond('Probability', 'ge', '50', 'integer'),
        group('and', cond('Private', 'eq', 'Y'), cond('Status', 'eq', 'Open')),
      ),
    );
    expect(likely({ Probability: 70, Private: false, Status: 'Done' })).toBe(true);
    expect(likely({ Probability: 9, Private: false, Status: 'Open' })).toBe(false);
    expect(likely({ Probability: 9, Private: true, Status: 'Open' })).toBe(true);
    expect(matches(group('and'))({ Status: 'Done' })).toBe(true);
  });

  it('refuses what only the server can decide, so the server keeps filtering that type', () => {
    const refused = [
      group('and', cond('Status', 'gt', 'M')),
      group('and', cond('Status', 'eq', 'today', 'function')),
      group('and', cond('Unknown Field', 'eq', 'x')),
      group('and', { kind: 'collection', containerType: 'Account', foreignKey: 'Account Id' }),
    ];
    for (const filter of refused) expect(compileLocalFilter(filter, ACTION, NOW)).toMatchObject({ ok: false });
  });
});

describe('changesQuery', () => {
  it("asks for the changes without the preset's criteria once the type has a watermark, and evaluates them locally", async () => {
    const pkg = await salesRepPackage();
    const since = Date.UTC(2024, 5, 3, 8, 0, 0);
    const changes = changesQuery(pkg, 'Action', { nowMs: NOW, sinceMs: since, presetName: null });
    expect(changes.query.searchSpec).toBe("[Action.Updated] >= '06/03/2024 08:00:00'");
    expect(changes.matches?.({ Status: 'Done' })).toBe(false);
    expect(changes.matches?.({ Status: 'Open' })).toBe(true);
    // No watermark: the type is read whole, filtered by the server.
    const whole = changesQuery(pkg, 'Action', { nowMs: NOW, sinceMs: null, presetName: null });
    expect(whole).toMatchObject({ matches: null, query: { searchSpec: "[Action.Status] <> 'Done'" } });
  });

  it('keeps a filter it cannot evaluate exactly on the server, as before', async () => {
    const pkg = await salesRepPackage();
    const ordered = { name: '#ordered', isDefault: true, filters: { Action: group('and', cond('Status', 'gt', 'M')) } };
    const changes = changesQuery({ ...pkg, filterPresets: [ordered] }, 'Action', {
      nowMs: NOW,
      sinceMs: Date.UTC(2024, 5, 3, 8, 0, 0),
      presetName: null,
    });
    expect(changes.matches).toBeNull();
    expect(changes.query.searchSpec).toBe("([Action.Status] > 'M') AND ([Action.Updated] >= '06/03/2024 08:00:00')");
  });
});
