import { describe, expect, it } from 'vitest';
import {
  defaultPreset,
  parsePackage,
  usablePreset,
  type CustomizationPackage,
  type FilterPreset,
} from '../../../src/metadata';
import { editFile } from './support/editFile';
import { loadDegradedCase, loadPackageFolder } from './support/loadPackageFolder';

const UPCOMING = `<binary field="Planned" condition="ge">
            <value type="function">today</value>
          </binary>`;

/** The sales-rep package with the upcoming-activities preset's only condition replaced by `xml`. */
async function withActionFilter(xml: string): Promise<CustomizationPackage> {
  return parsePackage(
    editFile(loadPackageFolder('valid/sales-rep'), 'connector_configuration.xml', (c) => c.replace(UPCOMING, xml)),
  );
}

const upcoming = (pkg: CustomizationPackage): FilterPreset =>
  pkg.filterPresets.find((p) => p.name === '#preset_upcoming_activities')!;

describe('filter presets of connector_configuration.xml', () => {
  it('reads an array written Oracle\'s way, as <value type="string"> items, with each item\'s type', async () => {
    const pkg = await withActionFilter(
      '<binary field="Status" condition="in"><value type="array"><value type="string">Planned</value><value type="string">In Progress</value></value></binary>',
    );
    expect(upcoming(pkg).filters.Action.items).toEqual([
      {
        kind: 'condition',
        field: 'Status',
        condition: 'in',
        valueType: 'array',
        value: ['Planned', 'In Progress'],
        itemTypes: ['string', 'string'],
      },
    ]);
    expect(upcoming(pkg).unavailable).toBeUndefined();
  });

  it('keeps reading the older array form with <item> children', async () => {
    const pkg = await withActionFilter(
      '<binary field="Status" condition="not in"><value type="array"><item>Done</item><item>Cancelled</item></value></binary>',
    );
    expect(upcoming(pkg).filters.Action.items[0]).toMatchObject({
      condition: 'not in',
      value: ['Done', 'Cancelled'],
      itemTypes: ['string', 'string'],
    });
  });

  it('reads nested groups, integers, strings with quotes and functions written in any case', async () => {
    const pkg = await withActionFilter(
      `<group link="OR">
         <binary field="Description" condition="eq"><value type="string">O'Brien's call</value></binary>
         <group link="and">
           <binary field="Planned" condition="ge"><value type="function">Today()</value></binary>
           <binary field="Description" condition="like"><value>Call*</value></binary>
         </group>
       </group>`,
    );
    expect(upcoming(pkg).filters.Action.items[0]).toEqual({
      kind: 'group',
      link: 'or',
      items: [
        { kind: 'condition', field: 'Description', condition: 'eq', valueType: 'string', value: "O'Brien's call" },
        {
          kind: 'group',
          link: 'and',
          items: [
            { kind: 'condition', field: 'Planned', condition: 'ge', valueType: 'function', value: 'today' },
            { kind: 'condition', field: 'Description', condition: 'like', valueType: 'string', value: 'Call*' },
          ],
        },
      ],
    });
  });

  it.each([
    [
      'an unknown condition',
      '<binary field="Status" condition="between"><value>a</value></binary>',
      'Action.Status uses the condition "between", which the add-in does not know (eq, ne, gt, ge, lt, le, like, in, not in)',
    ],
    [
      'an unknown function',
      '<binary field="Planned" condition="ge"><value type="function">last_week</value></binary>',
      'Action.Planned calls the function "last_week", which the add-in does not know (today, now)',
    ],
    [
      'a field the object lacks',
      '<binary field="Start Date" condition="ge"><value type="function">today</value></binary>',
      '"Start Date" is not a field of Action',
    ],
    [
      'an unknown value type',
      '<binary field="Planned" condition="ge"><value type="date">01/01/2025</value></binary>',
      'Action.Planned has a value of type "date", which the add-in does not know (string, integer, function, array)',
    ],
    [
      'an integer that is not one',
      '<binary field="Status" condition="eq"><value type="integer">1 OR 1=1</value></binary>',
      'Action.Status has the integer value "1 OR 1=1", which is not a whole number',
    ],
    [
      'an ordering against a list',
      '<binary field="Planned" condition="gt"><value type="array"><value>a</value><value>b</value></value></binary>',
      'Action.Planned compares "gt" with a list of values, which has no single meaning',
    ],
    [
      'an empty list',
      '<binary field="Status" condition="in"><value type="array"></value></binary>',
      'Action.Status compares with an empty list of values',
    ],
    [
      'a list inside a list',
      '<binary field="Status" condition="in"><value type="array"><value type="array"><value>a</value></value></value></binary>',
      'Action.Status compares with a list inside a list, which has no search-specification form',
    ],
    [
      'a missing value',
      '<binary field="Status" condition="eq"></binary>',
      'Action.Status has no <value> to compare with',
    ],
    [
      'an unknown group link',
      '<group link="xor"><binary field="Status" condition="eq"><value>a</value></binary></group>',
      'a group of Action is joined by "xor", which is neither "and" nor "or"',
    ],
  ])('keeps a preset with %s, marked unavailable with its reason and a warning', async (_, xml, reason) => {
    const warnings: unknown[] = [];
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'connector_configuration.xml', (c) =>
      c.replace(UPCOMING, xml),
    );
    const pkg = await parsePackage(files, { onWarning: (w) => warnings.push(w) });
    expect(upcoming(pkg).unavailable).toBe(reason);
    expect(warnings).toEqual([
      expect.objectContaining({
        file: 'connector_configuration.xml',
        message: `${reason}; the preset "#preset_upcoming_activities" cannot be used`,
      }),
    ]);
    expect(pkg.filterPresets.map((p) => p.name)).toEqual(['#preset_my_open_items', '#preset_upcoming_activities']);
  });

  it('ignores the filter of a type the package does not define, and keeps the preset usable', async () => {
    const { files } = loadDegradedCase('preset-type-not-synchronized');
    const pkg = await parsePackage(files);
    expect(Object.keys(upcoming(pkg).filters)).toEqual(['Action']);
    expect(upcoming(pkg).unavailable).toBeUndefined();
  });

  it('lets the first of several presets marked default keep the mark', async () => {
    const pkg = await parsePackage(loadDegradedCase('several-default-presets').files);
    expect(pkg.filterPresets.map((p) => [p.name, p.isDefault])).toEqual([
      ['#preset_my_open_items', true],
      ['#preset_upcoming_activities', false],
    ]);
    expect(defaultPreset(pkg)?.name).toBe('#preset_my_open_items');
  });
});

describe('defaultPreset and usablePreset', () => {
  it('skip an unavailable default: another preset becomes the default', async () => {
    const pkg = await parsePackage(loadDegradedCase('unknown-filter-condition').files);
    expect(pkg.filterPresets[0]).toMatchObject({
      name: '#preset_my_open_items',
      isDefault: true,
      unavailable: expect.stringContaining('"between"'),
    });
    expect(defaultPreset(pkg)?.name).toBe('#preset_upcoming_activities');
    expect(usablePreset(pkg, '#preset_my_open_items')?.name).toBe('#preset_upcoming_activities');
    expect(usablePreset(pkg, null)?.name).toBe('#preset_upcoming_activities');
  });

  it('give the chosen preset when it is usable, else the default, else nothing', async () => {
    const pkg = await parsePackage(loadPackageFolder('valid/sales-rep'));
    expect(usablePreset(pkg, '#preset_upcoming_activities')?.name).toBe('#preset_upcoming_activities');
    expect(usablePreset(pkg, '#preset_gone')?.name).toBe('#preset_my_open_items');
    expect(usablePreset(pkg, null)?.name).toBe('#preset_my_open_items');
    const unavailable = await parsePackage(loadDegradedCase('unknown-filter-function').files);
    expect(usablePreset(unavailable, '#preset_upcoming_activities')?.name).toBe('#preset_my_open_items');
    const noDefault = { ...pkg, filterPresets: pkg.filterPresets.map((p) => ({ ...p, isDefault: false })) };
    expect(usablePreset(noDefault, '#preset_gone')).toBeUndefined();
    expect(defaultPreset(noDefault)).toBeUndefined();
  });

  it('give nothing when every preset is unavailable', async () => {
    const pkg = await parsePackage(loadPackageFolder('valid/sales-rep'));
    const broken = { ...pkg, filterPresets: pkg.filterPresets.map((p) => ({ ...p, unavailable: 'no' })) };
    expect(defaultPreset(broken)).toBeUndefined();
    expect(usablePreset(broken, '#preset_upcoming_activities')).toBeUndefined();
  });
});
