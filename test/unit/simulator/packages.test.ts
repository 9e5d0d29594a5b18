import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src/simulator';
import { canonicalXml, findAll, type CanonicalElement } from './support/canonicalXml';
import { call, envelope, login, queryBody } from './support/soap';

const dir = (key: string) => new URL(`../../../src/simulator/packages/${key}/`, import.meta.url);
const read = (key: string, name: string) => readFileSync(new URL(name, dir(key)), 'utf8');
const attr = (element: CanonicalElement, name: string) => element.attributes[`{}${name}`];

describe('simulator packages', () => {
  it.each(['sales-rep', 'sales-manager'])(
    '%s: every file is well-formed XML and every IOElemName a plain identifier',
    (key) => {
      for (const name of readdirSync(dir(key))) canonicalXml(read(key, name));
      const fields = findAll(canonicalXml(read(key, 'siebel_meta_info.xml')), 'field');
      expect(fields.length).toBeGreaterThan(20);
      for (const field of fields) expect(attr(field, 'IOElemName')).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    },
  );

  it('gives the manager more fields, the Manager view of opportunities and another default preset', () => {
    const meta = canonicalXml(read('sales-manager', 'siebel_meta_info.xml'));
    const opportunity = findAll(meta, 'object').find((o) => attr(o, 'TypeId') === 'Opportunity')!;
    const types = Object.fromEntries(findAll(opportunity, 'field').map((f) => [attr(f, 'Name'), attr(f, 'DataType')]));
    expect(types).toMatchObject({ Revenue: 'DTYPE_CURRENCY', 'Primary Revenue Win Probability': 'DTYPE_NUMBER' });
    expect(attr(findAll(opportunity, 'viewmodes')[0], 'General')).toBe('Manager');
    const defaultPreset = (key: string) =>
      findAll(canonicalXml(read(key, 'connector_configuration.xml')), 'preset')
        .filter((p) => attr(p, 'default') === 'true')
        .map((p) => attr(p, 'name'));
    expect(defaultPreset('sales-rep')).toEqual(['#preset_my_open_items']);
    expect(defaultPreset('sales-manager')).toEqual(['#preset_team_pipeline']);
  });

  it('resolves every #key of the manager package through package_res.xml', () => {
    const strings = new Set(
      findAll(canonicalXml(read('sales-manager', 'package_res.xml')), 'str').map((s) => attr(s, 'key')),
    );
    for (const name of [
      'siebel_meta_info.xml',
      'connector_configuration.xml',
      'forms_12.xml',
      'siebel_basic_mapping.xml',
    ]) {
      for (const [, key] of read('sales-manager', name).matchAll(/"#([a-z_]+)"|>#([a-z_]+)</g))
        if (key) expect(strings).toContain(key);
    }
  });

  it('bumps the version and the hash on every publish', () => {
    const simulator = createSimulator();
    const hashes = new Set([simulator.admin.packages()[0].hashValue]);
    for (let i = 0; i < 3; i += 1) hashes.add(simulator.admin.publishPackage('sales-rep').hashValue);
    expect(hashes.size).toBe(4);
    expect(simulator.admin.packages()[0].version).toBe('1.3.0');
  });

  it.each(['sales-rep', 'sales-manager'])(
    '%s: defines the ActionContact association in every file the package rules name',
    (key) => {
      const object = findAll(canonicalXml(read(key, 'siebel_meta_info.xml')), 'object').find(
        (o) => attr(o, 'TypeId') === 'ActionContact',
      )!;
      expect([attr(object, 'IntObjName'), attr(object, 'IsAssociation'), attr(object, 'IsTopLevel')]).toEqual([
        'CRMDesktopActionContactIO',
        'yes',
        'no',
      ]);
      const refs = findAll(object, 'field').map((f) => [
        attr(f, 'Name'),
        attr(f, 'IOElemName'),
        attr(f, 'RefObjTypeId') ?? '',
      ]);
      expect(refs).toEqual([
        ['Id', 'Id', ''],
        ['Updated', 'Updated', ''],
        ['Activity Id', 'ActivityId', 'Action'],
        ['Contact Id', 'ContactId', 'Contact'],
      ]);
      const typeIds = (name: string) =>
        findAll(canonicalXml(read(key, name)), 'type')
          .map((t) => attr(t, 'id'))
          .filter(Boolean);
      expect(typeIds('connector_configuration.xml')).toContain('ActionContact');
      expect(typeIds('siebel_basic_mapping.xml')).toContain('ActionContact');
    },
  );

  it.each(['sales-rep', 'sales-manager'])('%s: declares the conflict rules per type and field', (key) => {
    const types = findAll(canonicalXml(read(key, 'connector_configuration.xml')), 'type').filter(
      (t) => findAll(t, 'synchronizer').length > 0,
    );
    const rules = Object.fromEntries(
      types.map((type) => {
        const rule = findAll(type, 'conflict_resolution')[0];
        return [
          attr(type, 'id'),
          [attr(rule, 'default'), ...findAll(rule, 'field').map((f) => `${attr(f, 'name')}=${attr(f, 'prefer')}`)],
        ];
      }),
    );
    expect(rules).toEqual({
      Account: ['ask'],
      Contact: ['ask', 'Work Phone #=local'],
      Opportunity: ['ask', 'Sales Stage=remote'],
      Action: ['local'],
      ActionContact: ['remote'],
    });
  });

  it('loads the packages with ActionContact in the simulator and answers its QueryPage for both packages', async () => {
    const simulator = createSimulator({ data: { accounts: 1 } });
    for (const user of ['JSMITH', 'MJONES']) {
      const token = await login(simulator, user);
      const answer = await call(
        simulator,
        envelope(
          { sessionType: 'Stateless', token },
          queryBody({ record: 'ActionContact', fields: ['Id', 'ActivityId'] }),
        ),
      );
      expect(answer.status).toBe(200);
    }
  });
});
