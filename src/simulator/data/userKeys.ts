import type { SimRecord } from '../types';
import type { DataSet } from './DataSet';
import type { DataTypeId } from './DataLayout';

/**
 * User keys the simulated server enforces (field Names; values compared exactly, an empty value
 * equals an empty value). Modelled on Siebel's unique indexes: S_ORG_EXT (name, location),
 * S_OPTY (name, account), the activity-contact intersection (both ids). Siebel's contact key is a
 * generated person id; the simulator uses first + last name + email instead, stricter than nothing
 * but looser than the package's natural keys, so that "create anyway" can create a namesake.
 * Activities have none.
 */
export const USER_KEYS: Readonly<Partial<Record<DataTypeId, readonly string[]>>> = {
  Account: ['Name', 'Location'],
  Contact: ['First Name', 'Last Name', 'Email Address'],
  Opportunity: ['Name', 'Account Id'],
  ActionContact: ['Activity Id', 'Contact Id'],
};

/**
 * The live record (other than `exceptId`) whose user key values equal `candidate`'s, if any.
 * All records count, visible to the writer or not: a unique index does not know visibility.
 */
export function findUserKeyMatch(
  data: DataSet,
  type: DataTypeId,
  candidate: SimRecord,
  exceptId?: string,
): SimRecord | undefined {
  const key = USER_KEYS[type];
  if (!key) return undefined;
  for (let ref = 0; ref < data.refCount(type); ref += 1) {
    if (data.isDeleted(type, ref) || data.idAt(type, ref) === exceptId) continue;
    const record = data.recordAt(type, ref);
    if (record && key.every((field) => (record[field] ?? '') === (candidate[field] ?? ''))) return record;
  }
  return undefined;
}
