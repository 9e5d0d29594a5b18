import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackage, usablePreset, type FilterCondition, type FilterGroup } from '../../../src/metadata';
import { InvalidFilterError } from '../../../src/sync';
import { andSearchSpecs, buildSearchSpec, quoteSiebel } from '../../../src/sync/download/buildSearchSpec';
import { loadPackageFolder } from '../metadata/support/loadPackageFolder';
import { evaluateSearchSpec, readSiebelString } from './support/evaluateSearchSpec';

const now = Date.UTC(2024, 0, 31, 10, 5, 9);
const cond = (
  field: string,
  condition: FilterCondition['condition'],
  value: FilterCondition['value'],
  valueType: FilterCondition['valueType'] = 'string',
  itemTypes?: FilterCondition['itemTypes'],
): FilterCondition => ({ kind: 'condition', field, condition, value, valueType, ...(itemTypes ? { itemTypes } : {}) });
const group = (link: 'and' | 'or', ...items: FilterGroup['items']): FilterGroup => ({ kind: 'group', link, items });

describe('buildSearchSpec', () => {
  it('joins the conditions of an and-group with AND, naming fields as [Record.Field Name]', () => {
    const spec = buildSearchSpec(
      group('and', cond('Sales Stage', 'ne', '07 - Closed/Won'), cond('Sales Stage', 'ne', '08 - Closed/Lost')),
      'Opportunity',
      now,
    );
    expect(spec).toBe(
      "[Opportunity.Sales Stage] <> '07 - Closed/Won' AND [Opportunity.Sales Stage] <> '08 - Closed/Lost'",
    );
  });

  it('writes an in-array condition as an OR of equalities', () => {
    const spec = buildSearchSpec(group('and', cond('Status', 'in', ['A', 'B'], 'array')), 'Opportunity', now);
    expect(spec).toBe("([Opportunity.Status] = 'A' OR [Opportunity.Status] = 'B')");
  });

  it('doubles a single quote inside a string value', () => {
    expect(buildSearchSpec(group('and', cond('Name', 'eq', "O'Brien & Sons")), 'Account', now)).toBe(
      "[Account.Name] = 'O''Brien & Sons'",
    );
    expect(quoteSiebel("''")).toBe("''''''");
  });

  it('maps every comparison to its Siebel operator', () => {
    const ops: Array<[FilterCondition['condition'], string]> = [
      ['eq', '='],
      ['ne', '<>'],
      ['gt', '>'],
      ['ge', '>='],
      ['lt', '<'],
      ['le', '<='],
      ['like', 'LIKE'],
      ['in', '='],
      ['not in', '<>'],
    ];
    for (const [condition, op] of ops)
      expect(buildSearchSpec(group('and', cond('Name', condition, 'A*')), 'Account', now)).toBe(
        `[Account.Name] ${op} 'A*'`,
      );
  });

  it('resolves today and now to the injected clock in Siebel format (UTC)', () => {
    expect(buildSearchSpec(group('and', cond('Planned', 'ge', 'today', 'function')), 'Action', now)).toBe(
      "[Action.Planned] >= '01/31/2024'",
    );
    expect(buildSearchSpec(group('and', cond('Planned', 'ge', 'now', 'function')), 'Action', now)).toBe(
      "[Action.Planned] >= '01/31/2024 10:05:09'",
    );
    expect(
      buildSearchSpec(
        group('and', cond('Planned', 'in', ['today', 'x'], 'array', ['function', 'string'])),
        'Action',
        now,
      ),
    ).toBe("([Action.Planned] = '01/31/2024' OR [Action.Planned] = 'x')");
  });

  it('refuses an unknown function with an InvalidFilterError that names the field', () => {
    expect(() =>
      buildSearchSpec(group('and', cond('Planned', 'ge', 'yesterday', 'function')), 'Action', now),
    ).toThrowError(InvalidFilterError);
    expect(() =>
      buildSearchSpec(group('and', cond('Planned', 'ge', 'yesterday', 'function')), 'Action', now),
    ).toThrowError(/Action\.Planned.*yesterday/);
  });

  it('writes integers unquoted, also inside a list, and refuses a non-integer integer value', () => {
    expect(buildSearchSpec(group('and', cond('Probability', 'gt', '50', 'integer')), 'Opportunity', now)).toBe(
      '[Opportunity.Probability] > 50',
    );
    expect(
      buildSearchSpec(
        group('and', cond('Probability', 'in', ['10', '+20'], 'array', ['integer', 'integer'])),
        'Opportunity',
        now,
      ),
    ).toBe('([Opportunity.Probability] = 10 OR [Opportunity.Probability] = 20)');
    expect(() =>
      buildSearchSpec(group('and', cond('Probability', 'gt', '1 OR 1=1', 'integer')), 'Opportunity', now),
    ).toThrow(/not an integer/);
  });

  it('parenthesizes nested groups so OR and AND keep their meaning', () => {
    const spec = buildSearchSpec(
      group(
        'and',
        cond('Status', 'ne', 'Done'),
        group('or', cond('Priority', 'eq', '1-ASAP'), cond('Priority', 'eq', '2-High')),
      ),
      'Action',
      now,
    );
    expect(spec).toBe("[Action.Status] <> 'Done' AND ([Action.Priority] = '1-ASAP' OR [Action.Priority] = '2-High')");
  });

  it('expands a list: any of them for eq, in and like, none of them for ne and not in', () => {
    expect(buildSearchSpec(group('and', cond('Type', 'eq', ['A', 'B'], 'array')), 'Account', now)).toBe(
      "([Account.Type] = 'A' OR [Account.Type] = 'B')",
    );
    expect(buildSearchSpec(group('and', cond('Type', 'in', ['A', 'B'], 'array')), 'Account', now)).toBe(
      "([Account.Type] = 'A' OR [Account.Type] = 'B')",
    );
    expect(buildSearchSpec(group('and', cond('Type', 'like', ['A*', 'B*'], 'array')), 'Account', now)).toBe(
      "([Account.Type] LIKE 'A*' OR [Account.Type] LIKE 'B*')",
    );
    expect(buildSearchSpec(group('and', cond('Type', 'ne', ['A', 'B'], 'array')), 'Account', now)).toBe(
      "([Account.Type] <> 'A' AND [Account.Type] <> 'B')",
    );
    expect(buildSearchSpec(group('and', cond('Type', 'not in', ['A', 'B'], 'array')), 'Account', now)).toBe(
      "([Account.Type] <> 'A' AND [Account.Type] <> 'B')",
    );
    expect(buildSearchSpec(group('and', cond('Type', 'in', ['A'], 'array')), 'Account', now)).toBe(
      "[Account.Type] = 'A'",
    );
  });

  it('refuses what has no search-specification form: an ordering against a list, an empty list, a collection', () => {
    expect(() => buildSearchSpec(group('and', cond('Size', 'gt', ['1', '2'], 'array')), 'Attachment', now)).toThrow(
      /cannot compare with a list/,
    );
    expect(() => buildSearchSpec(group('and', cond('Type', 'in', [], 'array')), 'Account', now)).toThrow(/empty/);
    const collection = { kind: 'collection', containerType: 'Action', foreignKey: 'ParentId' } as const;
    expect(() => buildSearchSpec(group('or', collection), 'ActionAttachment', now)).toThrow(
      /ActionAttachment\.ParentId.*collection/,
    );
  });

  it('gives an empty SearchSpec for an empty group, also when nested', () => {
    expect(buildSearchSpec(group('and'), 'Account', now)).toBe('');
    expect(buildSearchSpec(group('or', group('and')), 'Account', now)).toBe('');
  });

  it("translates the presets of Oracle's examples as the package parser reads them", async () => {
    const pkg = await parsePackage(loadPackageFolder('oracle-examples'));
    const preset = usablePreset(pkg, null)!;
    expect(preset.name).toBe('#preset_test_filters');
    expect(buildSearchSpec(preset.filters.Opportunity, 'Opportunity', now)).toBe(
      "([Opportunity.Status] = 'Accepted' OR [Opportunity.Status] = 'Pending' OR [Opportunity.Status] = 'Rejected' OR [Opportunity.Status] = 'Rerouted')",
    );
    expect(buildSearchSpec(preset.filters.Action, 'Action', now)).toBe("[Action.Planned] >= '01/31/2024'");
  });
});

describe('buildSearchSpec, checked against an evaluator of the search specification it writes', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', "'", ' ', 'O', '"', '&', 'é'), maxLength: 4 });
  const stringCondition = fc
    .record({
      field: fc.constantFrom('Name', 'Sales Stage'),
      condition: fc.constantFrom<FilterCondition['condition']>('eq', 'ne', 'in', 'not in'),
      values: fc.array(text, { minLength: 1, maxLength: 3 }),
    })
    .map(({ field, condition, values }): FilterCondition =>
      values.length === 1 && (condition === 'eq' || condition === 'ne')
        ? cond(field, condition, values[0])
        : cond(
            field,
            condition,
            values,
            'array',
            values.map(() => 'string'),
          ),
    );
  const integerCondition = fc
    .record({
      condition: fc.constantFrom<FilterCondition['condition']>('eq', 'ne', 'gt', 'ge', 'lt', 'le'),
      value: fc.integer({ min: -5, max: 5 }),
    })
    .map(({ condition, value }) => cond('Probability', condition, String(value), 'integer'));
  const { tree } = fc.letrec<{ tree: FilterGroup }>((tie) => ({
    tree: fc
      .record({
        link: fc.constantFrom<'and' | 'or'>('and', 'or'),
        items: fc.array(fc.oneof({ depthSize: 'small' }, stringCondition, integerCondition, tie('tree')), {
          maxLength: 4,
        }),
      })
      .map(({ link, items }) => group(link, ...items)),
  }));
  const record = fc.record({ Name: text, 'Sales Stage': text, Probability: fc.integer({ min: -5, max: 5 }) });

  it('selects exactly the records the filter describes', () => {
    fc.assert(
      fc.property(tree, record, (filter, values) => {
        const spec = buildSearchSpec(filter, 'Opportunity', now);
        expect(evaluateSearchSpec(spec, 'Opportunity', values)).toBe(matches(filter, values));
      }),
      { numRuns: 400 },
    );
  });

  it('writes every string so that reading it back gives the same text', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(readSiebelString(quoteSiebel(value))).toEqual({ value, rest: '' });
      }),
    );
  });
});

/** What a filter means, computed directly from the model (an empty group holds for every record). */
function matches(filter: FilterGroup, record: Readonly<Record<string, string | number>>): boolean {
  const results = filter.items
    .filter((item) => item.kind !== 'group' || hasCondition(item))
    .map((item) =>
      item.kind === 'group' ? matches(item, record) : item.kind === 'condition' ? holds(item, record) : false,
    );
  if (results.length === 0) return true;
  return filter.link === 'and' ? results.every(Boolean) : results.some(Boolean);
}

function hasCondition(group: FilterGroup): boolean {
  return group.items.some((item) => item.kind !== 'group' || hasCondition(item));
}

function holds(item: FilterCondition, record: Readonly<Record<string, string | number>>): boolean {
  const actual = record[item.field];
  const values = (typeof item.value === 'string' ? [item.value] : item.value).map((v) =>
    item.valueType === 'integer' || item.itemTypes?.[0] === 'integer' ? Number(v) : v,
  );
  const compare = (v: string | number) => {
    switch (item.condition) {
      case 'gt':
        return actual > v;
      case 'ge':
        return actual >= v;
      case 'lt':
        return actual < v;
      case 'le':
        return actual <= v;
      default:
        return actual === v;
    }
  };
  if (item.condition === 'ne' || item.condition === 'not in') return values.every((v) => actual !== v);
  return values.some(compare);
}

describe('andSearchSpecs', () => {
  it('parenthesizes each part when joining several and drops empty parts', () => {
    expect(andSearchSpecs("[A.X] = '1' OR [A.X] = '2'", "[A.Updated] >= '01/01/2024 00:00:00'")).toBe(
      "([A.X] = '1' OR [A.X] = '2') AND ([A.Updated] >= '01/01/2024 00:00:00')",
    );
    expect(andSearchSpecs('', "[A.Y] = 'z'")).toBe("[A.Y] = 'z'");
    expect(andSearchSpecs('', '')).toBe('');
  });
});
