import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConflictRules, CustomizationPackage, ObjectType } from '../../../../src/metadata';
import { mergeWithServer } from '../../../../src/sync/conflicts/mergeWithServer';
import { objectOf, salesRepPackage } from '../support/salesRep';

let contact: ObjectType;
const ASK: ConflictRules = { default: 'ask', fields: {} };
const base = {
  Id: '1-C',
  Updated: '2024-01-01T00:00:00',
  FirstName: 'Ada',
  LastName: 'King',
  JobTitle: 'Buyer',
  WorkPhone: '1',
  EmailAddress: 'ada@x.test',
  AccountId: null,
};

beforeAll(async () => {
  const pkg: CustomizationPackage = await salesRepPackage();
  contact = objectOf(pkg, 'Contact');
});

describe('mergeWithServer', () => {
  it('takes one-sided changes from each side without asking', () => {
    const local = { ...base, JobTitle: 'VP Sales' };
    const server = { ...base, Updated: '2024-02-01T00:00:00', WorkPhone: '2' };
    const merge = mergeWithServer(contact, ASK, base, local, server);
    expect(merge.unresolved).toEqual([]);
    expect(merge.record).toMatchObject({ JobTitle: 'VP Sales', WorkPhone: '2', Updated: '2024-02-01T00:00:00' });
    expect(merge.changedFields).toEqual(['JobTitle']);
  });

  it('is no conflict when both sides changed a field to the same value', () => {
    const local = { ...base, JobTitle: 'CEO' };
    const server = { ...base, Updated: '2024-02-01T00:00:00', JobTitle: 'CEO' };
    const merge = mergeWithServer(contact, ASK, base, local, server);
    expect([merge.conflicts, merge.changedFields]).toEqual([[], []]);
  });

  it('leaves a field changed on both sides to the user when the rule says ask', () => {
    const merge = mergeWithServer(
      contact,
      ASK,
      base,
      { ...base, JobTitle: 'CEO' },
      { ...base, Updated: '2024-02-01T00:00:00', JobTitle: 'CFO' },
    );
    expect(merge.unresolved).toEqual([{ field: 'JobTitle', base: 'Buyer', local: 'CEO', server: 'CFO' }]);
  });

  it('resolves by the field rule first, then by the type default', () => {
    const rules: ConflictRules = { default: 'server', fields: { 'Work Phone #': 'local' } };
    const local = { ...base, JobTitle: 'CEO', WorkPhone: '9' };
    const server = { ...base, Updated: '2024-02-01T00:00:00', JobTitle: 'CFO', WorkPhone: '7' };
    const merge = mergeWithServer(contact, rules, base, local, server);
    expect(merge.unresolved).toEqual([]);
    expect(merge.conflicts.map((c) => c.field)).toEqual(['JobTitle', 'WorkPhone']);
    expect(merge.record).toMatchObject({ JobTitle: 'CFO', WorkPhone: '9' });
    expect(merge.changedFields).toEqual(['WorkPhone']);
  });

  it("follows the user's choices over the rules", () => {
    const rules: ConflictRules = { default: 'local', fields: {} };
    const merge = mergeWithServer(
      contact,
      rules,
      base,
      { ...base, JobTitle: 'CEO' },
      { ...base, Updated: '2024-02-01T00:00:00', JobTitle: 'CFO' },
      { JobTitle: 'server' },
    );
    expect(merge.record.JobTitle).toBe('CFO');
    expect(merge.changedFields).toEqual([]);
  });

  it('never loses a local-only change and never overwrites a server-only change', () => {
    const value = fc.constantFrom<string | null>(null, 'a', 'b', 'c');
    const fields = ['FirstName', 'LastName', 'JobTitle', 'WorkPhone', 'EmailAddress'] as const;
    const side = fc.record(
      Object.fromEntries(fields.map((f) => [f, value])) as Record<(typeof fields)[number], fc.Arbitrary<string | null>>,
    );
    fc.assert(
      fc.property(
        side,
        side,
        side,
        fc.constantFrom<ConflictRules['default']>('ask', 'local', 'server'),
        (b, l, s, rule) => {
          const merge = mergeWithServer(
            contact,
            { default: rule, fields: {} },
            { Id: '1', ...b },
            { Id: '1', ...l },
            { Id: '1', ...s },
          );
          for (const f of fields) {
            if (l[f] !== b[f] && s[f] === b[f]) expect(merge.record[f]).toBe(l[f]);
            if (s[f] !== b[f] && l[f] === b[f]) expect(merge.record[f]).toBe(s[f]);
            const conflict = l[f] !== b[f] && s[f] !== b[f] && l[f] !== s[f];
            expect(merge.conflicts.some((c) => c.field === f)).toBe(conflict);
            if (conflict && rule === 'ask') expect(merge.unresolved.some((c) => c.field === f)).toBe(true);
            expect(merge.changedFields.includes(f)).toBe(merge.record[f] !== s[f]);
          }
        },
      ),
    );
  });
});
