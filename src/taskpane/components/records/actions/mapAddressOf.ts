import { findObject, type CustomizationPackage, type ObjectType } from '../../../../metadata';
import type { DataDatabase, StoredRecord } from '../../../../store';
import { addressOf } from './addressOf';

/**
 * The address a record's Map action searches: its own ({@link addressOf}), else that of the first
 * record it refers to that has one (a contact is found at its account's address). `null` when
 * neither has an address, or the referred record is not on this computer.
 */
export async function mapAddressOf(
  db: Pick<DataDatabase, 'get'>,
  pkg: CustomizationPackage,
  object: ObjectType,
  record: StoredRecord,
): Promise<string | null> {
  const own = addressOf(object, record);
  if (own) return own;
  for (const field of object.fields) {
    const id = record[field.ioElemName];
    const target = field.refObjTypeId ? findObject(pkg, field.refObjTypeId) : undefined;
    if (!target || typeof id !== 'string' || id === '') continue;
    const referred = await db.get(target.typeId, id).catch(() => undefined);
    const address = referred ? addressOf(target, referred) : null;
    if (address) return address;
  }
  return null;
}
