import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomizationPackage, ObjectType } from '../../../../src/metadata';
import {
  applicableKeys,
  naturalKeySearchSpec,
  sameAsCandidate,
  sharesKey,
} from '../../../../src/sync/upload/naturalKeys';
import { objectOf, salesRepPackage } from '../support/salesRep';

let pkg: CustomizationPackage;
let contact: ObjectType;
beforeAll(async () => {
  pkg = await salesRepPackage();
  contact = objectOf(pkg, 'Contact');
});
const synced = () => pkg.syncedTypes.find((t) => t.typeId === 'Contact');

describe('natural keys', () => {
  it('uses only the keys whose fields all have a value', () => {
    const keys = applicableKeys(contact, synced(), { FirstName: 'Ada', LastName: 'King', EmailAddress: null });
    const all = applicableKeys(contact, synced(), { FirstName: 'Ada', LastName: 'King', EmailAddress: 'ada@x.test' });
    expect(keys.length).toBe(all.length - 1);
    expect(applicableKeys(contact, synced(), { FirstName: null, LastName: null, EmailAddress: null })).toEqual([]);
  });

  it('builds a SearchSpec with the fields of a key ANDed and the keys ORed, quotes doubled', () => {
    const record = { FirstName: 'Ada', LastName: "O'Hara", EmailAddress: 'ada@x.test' };
    const spec = naturalKeySearchSpec(contact, applicableKeys(contact, synced(), record), record);
    expect(spec).toContain("[Contact.Last Name] = 'O''Hara'");
    expect(spec).toContain(' OR ');
    expect(spec).toMatch(/\(\[Contact\.[^\]]+\] = '[^']*(?:''[^']*)*' AND /);
  });

  it('tells a shared key and an identical record apart', () => {
    const record = { Id: 'local-1', FirstName: 'Ada', LastName: 'King', EmailAddress: 'ada@x.test', JobTitle: null };
    const keys = applicableKeys(contact, synced(), record);
    const same = { Id: '1-9', FirstName: 'Ada', LastName: 'King', EmailAddress: 'ada@x.test', JobTitle: 'CEO' };
    const other = { ...same, EmailAddress: 'other@x.test', LastName: 'Byron' };
    expect(sharesKey(keys, record, same)).toBe(true);
    expect(sharesKey(keys, record, other)).toBe(false);
    expect(sameAsCandidate(contact, record, same)).toBe(true);
    expect(sameAsCandidate(contact, { ...record, JobTitle: 'Buyer' }, same)).toBe(false);
  });
});
