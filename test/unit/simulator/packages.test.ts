import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src/simulator';
import { canonicalXml, findAll, type CanonicalElement } from './support/canonicalXml';

const dir = (key: string) => new URL(`../../../src/simulator/packages/${key}/`, import.meta.url);
const read = (key: string, name: string) => readFileSync(new URL(name, dir(key)), 'utf8');
const attr = (element: CanonicalElement, name: string) => element.attributes[`{}${name}`];

describe('simulator packages', () => {
  it.each(['sales-rep', 'sales-manager'])('%s: every file is well-formed XML and every IOElemName a plain identifier', (key) => {
    for (const name of readdirSync(dir(key))) canonicalXml(read(key, name));
    const fields = findAll(canonicalXml(read(key, 'siebel_meta_info.xml')), 'field');
    expect(fields.length).toBeGreaterThan(20);
    for (const field of fields) expect(attr(field, 'IOElemName')).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it('gives the manager more fields, the Manager view of opportunities and another default preset', () => {
    const meta = canonicalXml(read('sales-manager', 'siebel_meta_info.xml'));
    const opportunity = findAll(meta, 'object').find((o) => attr(o, 'TypeId') === 'Opportunity')!;
    const types = Object.fromEntries(findAll(opportunity, 'field').map((f) => [attr(f, 'Name'), attr(f, 'DataType')]));
    expect(types).toMatchObject({ Revenue: 'DTYPE_CURRENCY', 'Primary Revenue Win Probability': 'DTYPE_NUMBER' });
    expect(attr(findAll(opportunity, 'viewmodes')[0], 'General')).toBe('Manager');
    const defaultPreset = (key: string) =>
      findAll(canonicalXml(read(key, 'connector_configuration.xml')), 'preset').filter((p) => attr(p, 'default') === 'true').map((p) => attr(p, 'name'));
    expect(defaultPreset('sales-rep')).toEqual(['#preset_my_open_items']);
    expect(defaultPreset('sales-manager')).toEqual(['#preset_team_pipeline']);
  });

  it('resolves every #key of the manager package through package_res.xml', () => {
    const strings = new Set(findAll(canonicalXml(read('sales-manager', 'package_res.xml')), 'str').map((s) => attr(s, 'key')));
    for (const name of ['siebel_meta_info.xml', 'connector_configuration.xml', 'forms_12.xml', 'siebel_basic_mapping.xml']) {
      for (const [, key] of read('sales-manager', name).matchAll(/"#([a-z_]+)"|>#([a-z_]+)</g)) if (key) expect(strings).toContain(key);
    }
  });

  it('bumps the version and the hash on every publish', () => {
    const simulator = createSimulator();
    const hashes = new Set([simulator.admin.packages()[0].hashValue]);
    for (let i = 0; i < 3; i += 1) hashes.add(simulator.admin.publishPackage('sales-rep').hashValue);
    expect(hashes.size).toBe(4);
    expect(simulator.admin.packages()[0].version).toBe('1.3.0');
  });
});
