import { describe, expect, it } from 'vitest';
import { formForType, parsePackage, ruleFields, type PackageWarning } from '../../../src/metadata';
import { parseRuleExpression } from '../../../src/metadata/parse/parseRuleExpression';
import { loadPackageFolder } from './support/loadPackageFolder';

describe('parseRuleExpression', () => {
  it('reads a comparison of a field with a text in either order and either quote', () => {
    expect(parseRuleExpression(`item['Last Name'] != ''`)).toEqual({
      ok: true,
      expression: { kind: 'compare', field: 'Last Name', op: '!=', value: '' },
    });
    expect(parseRuleExpression(`"Open" === item["Status"]`)).toEqual({
      ok: true,
      expression: { kind: 'compare', field: 'Status', op: '==', value: 'Open' },
    });
  });

  it('binds && tighter than || and honours parentheses', () => {
    const parsed = parseRuleExpression(`item['A'] == 'x' || item['B'] != '' && item['C'] == 'y'`);
    expect(parsed.ok && parsed.expression).toEqual({
      kind: 'or',
      items: [
        { kind: 'compare', field: 'A', op: '==', value: 'x' },
        {
          kind: 'and',
          items: [
            { kind: 'compare', field: 'B', op: '!=', value: '' },
            { kind: 'compare', field: 'C', op: '==', value: 'y' },
          ],
        },
      ],
    });
    const grouped = parseRuleExpression(`(item['A'] == 'x' || item['B'] != '') && item['C'] == 'y'`);
    expect(grouped.ok && grouped.expression.kind).toBe('and');
  });

  it('reads escaped quotes inside a text', () => {
    const parsed = parseRuleExpression(`item['Name'] != 'O\\'Brien'`);
    expect(parsed.ok && parsed.expression).toEqual({ kind: 'compare', field: 'Name', op: '!=', value: "O'Brien" });
  });

  it.each([
    [`item['Name'].length < 50`],
    [`item['A'] == item['B']`],
    [`item['A'] > '3'`],
    [`item['A'] == 'x' &&`],
    [`(item['A'] == 'x'`],
    [`item['A'] == 'unclosed`],
    [`isEmpty(item['A'])`],
    [``],
  ])('refuses %j as outside the grammar', (source) => {
    expect(parseRuleExpression(source).ok).toBe(false);
  });
});

describe('form rules in parsePackage', () => {
  it('parses the rules it can check and warns about the others, which it ignores', async () => {
    const warnings: PackageWarning[] = [];
    const pkg = await parsePackage(loadPackageFolder('valid/validation'), { onWarning: (w) => warnings.push(w) });
    const rules = formForType(pkg, 'Opportunity')!.validationRules;
    expect(rules.map((r) => (r.condition ? ruleFields(r.condition) : null))).toEqual([
      ['Name'],
      ['Sales Stage', 'Description'],
      ['Committed', 'Sales Stage'],
      null,
      null,
    ]);
    expect(warnings.map((w) => [w.file, w.path])).toEqual([
      ['forms_12.xml', "forms/form[@id='SBL Opportunity']/validation_rules/rule[4]"],
      ['forms_12.xml', "forms/form[@id='SBL Opportunity']/validation_rules/rule[5]"],
    ]);
    expect(warnings[0].message).toContain('outside the grammar');
    expect(warnings[1].message).toContain('"Owner", which is not a field of object "Opportunity"');
  });
});
