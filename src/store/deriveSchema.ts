import type { CustomizationPackage } from '../metadata';
import { deriveLayout } from './deriveLayout';
import type { StoreLayout } from './types';

/** Add-in tables of every data database (singleton rows keyed by `key`, checkpoints by type). */
export const ADDIN_TABLES: Readonly<Record<string, string>> = {
  _package: 'key',
  _syncState: 'key',
  _checkpoints: 'typeId',
};

/**
 * The Dexie `stores()` spec of a data database for `pkg`: one table per synchronized type
 * (primary key first, then sorted simple indexes, then `[a+b]` compound natural keys) plus the
 * add-in tables. Pure; a different result means a different database, never an upgrade.
 * @example deriveSchema(pkg).Account // 'Id, Location, Name, Updated, [Location+Name]'
 */
export function deriveSchema(pkg: CustomizationPackage): Record<string, string> {
  return schemaFromLayout(deriveLayout(pkg));
}

/** The `stores()` spec for an already derived layout (used when reopening a database). */
export function schemaFromLayout(layout: StoreLayout): Record<string, string> {
  const schema: Record<string, string> = {};
  for (const type of layout.types) {
    const compound = type.compoundIndexes.map((key) => `[${key.join('+')}]`);
    schema[type.table] = [type.primaryKey, ...type.indexes, ...compound].join(', ');
  }
  return { ...schema, ...ADDIN_TABLES };
}
