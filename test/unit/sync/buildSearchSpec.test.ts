import { describe, expect, it } from 'vitest';
import type { FilterCondition, FilterGroup } from '../../../src/metadata';
import { andSearchSpecs, buildSearchSpec, quoteSiebel } from '../../../src/sync';

const now = Date.UTC(2024, 0, 31, 10, 5, 9);
const cond = (field: string, condition: FilterCondition['condition'], value: FilterCondition['value'], valueType: FilterCondition['valueType'] = 'string'): FilterCondition => ({ kind: 'condition', field, condition, value, valueType });
const group = (link: 'and' | 'or', ...items: FilterGroup['items']): FilterGroup => ({ kind: 'group', link, items });

describe('buildSearchSpec', () => {
  it('joins the conditions of an and-group with AND, naming fields as [Record.Field Name]', () => {
    const spec = buildSearchSpec(group('and', cond('Sales Stage', 'ne', '07 - Closed/Won'), cond('Sales Stage', 'ne', '08 - Closed/Lost')), 'Opportunity', now);
    expect(spec).toBe("[Opportunity.Sales Stage] <> '07 - Closed/Won' AND [Opportunity.Sales Stage] <> '08 - Closed/Lost'");
  });

  it('doubles a single quote inside a string value', () => {
    expect(buildSearchSpec(group('and', cond('Name', 'eq', "O'Brien & Sons")), 'Account', now)).toBe("[Account.Name] = 'O''Brien & Sons'");
    expect(quoteSiebel("''")).toBe("''''''");
  });

  it('maps every comparison to its Siebel operator', () => {
    const ops: Array<[FilterCondition['condition'], string]> = [['eq', '='], ['ne', '<>'], ['gt', '>'], ['ge', '>='], ['lt', '<'], ['le', '<='], ['like', 'LIKE']];
    for (const [condition, op] of ops) expect(buildSearchSpec(group('and', cond('Name', condition, 'A*')), 'Account', now)).toBe(`[Account.Name] ${op} 'A*'`);
  });

  it('resolves the today function to the injected clock date in Siebel format', () => {
    expect(buildSearchSpec(group('and', cond('Planned', 'ge', 'today', 'function')), 'Action', now)).toBe("[Action.Planned] >= '01/31/2024'");
    expect(buildSearchSpec(group('and', cond('Planned', 'ge', 'now', 'function')), 'Action', now)).toBe("[Action.Planned] >= '01/31/2024 10:05:09'");
  });

  it('refuses an unknown function with a PackageFormat error that names the field', () => {
    expect(() => buildSearchSpec(group('and', cond('Planned', 'ge', 'yesterday', 'function')), 'Action', now)).toThrowError(/Action\.Planned.*yesterday/);
  });

  it('writes integers unquoted and refuses a non-integer integer value', () => {
    expect(buildSearchSpec(group('and', cond('Probability', 'gt', '50', 'integer')), 'Opportunity', now)).toBe('[Opportunity.Probability] > 50');
    expect(() => buildSearchSpec(group('and', cond('Probability', 'gt', "1 OR 1=1", 'integer')), 'Opportunity', now)).toThrow(/not an integer/);
  });

  it('parenthesizes nested groups so OR and AND keep their meaning', () => {
    const spec = buildSearchSpec(group('and', cond('Status', 'ne', 'Done'), group('or', cond('Priority', 'eq', '1-ASAP'), cond('Priority', 'eq', '2-High'))), 'Action', now);
    expect(spec).toBe("[Action.Status] <> 'Done' AND ([Action.Priority] = '1-ASAP' OR [Action.Priority] = '2-High')");
  });

  it('expands an array value: any of them for eq, none of them for ne', () => {
    expect(buildSearchSpec(group('and', cond('Type', 'eq', ['A', 'B'], 'array')), 'Account', now)).toBe("([Account.Type] = 'A' OR [Account.Type] = 'B')");
    expect(buildSearchSpec(group('and', cond('Type', 'ne', ['A', 'B'], 'array')), 'Account', now)).toBe("([Account.Type] <> 'A' AND [Account.Type] <> 'B')");
  });

  it('gives an empty SearchSpec for an empty group, also when nested', () => {
    expect(buildSearchSpec(group('and'), 'Account', now)).toBe('');
    expect(buildSearchSpec(group('or', group('and')), 'Account', now)).toBe('');
  });
});

describe('andSearchSpecs', () => {
  it('parenthesizes each part when joining several and drops empty parts', () => {
    expect(andSearchSpecs("[A.X] = '1' OR [A.X] = '2'", "[A.Updated] >= '01/01/2024 00:00:00'")).toBe("([A.X] = '1' OR [A.X] = '2') AND ([A.Updated] >= '01/01/2024 00:00:00')");
    expect(andSearchSpecs('', "[A.Y] = 'z'")).toBe("[A.Y] = 'z'");
    expect(andSearchSpecs('', '')).toBe('');
  });
});
