import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldPicklist, fieldByName, findObject, parsePackage, type PackageFile } from '../../../src/metadata';
import { LISTS_OF_VALUES } from '../../../src/simulator/data/listsOfValues';

/** The files the simulator publishes for `key` (the simulator shares no code with the client: the test reads both). */
function simulatorPackage(key: string): PackageFile[] {
  const dir = new URL(`../../../src/simulator/packages/${key}/`, import.meta.url);
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, type: 'XML', content: readFileSync(new URL(name, dir), 'utf8') }));
}

describe.each(['sales-rep', 'sales-manager'])('the static pick-lists of the simulator package %s', (key) => {
  it("offer exactly the values the simulator's lists of values accept, for every bounded field the package has", async () => {
    const pkg = await parsePackage(simulatorPackage(key));
    expect(pkg.warnings).toEqual([]);
    let checked = 0;
    for (const [typeId, fields] of Object.entries(LISTS_OF_VALUES)) {
      const object = findObject(pkg, typeId);
      for (const [fieldName, accepted] of Object.entries(fields)) {
        if (!object || !fieldByName(object, fieldName)) continue;
        const picklist = fieldPicklist(pkg, typeId, fieldName);
        expect(picklist?.kind, `${typeId}.${fieldName}`).toBe('values');
        expect(
          picklist?.kind === 'values' ? picklist.values.map((v) => v.value) : [],
          `${typeId}.${fieldName}`,
        ).toEqual([...accepted]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('bound no field the simulator leaves free', async () => {
    const pkg = await parsePackage(simulatorPackage(key));
    for (const object of pkg.objects) {
      for (const field of object.fields) {
        if (fieldPicklist(pkg, object.typeId, field.name))
          expect(LISTS_OF_VALUES[object.typeId]?.[field.name], `${object.typeId}.${field.name}`).toBeDefined();
      }
    }
  });
});
