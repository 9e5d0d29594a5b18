import { parsePackage, type CustomizationPackage, type ObjectType } from '../../../../src/metadata';
import type { PendingChange, StoredRecord } from '../../../../src/store';
import { packageFiles } from './packageFiles';

let cached: Promise<CustomizationPackage> | null = null;

/** The simulator's sales-rep package, parsed once per test file. */
export function salesRepPackage(): Promise<CustomizationPackage> {
  cached ??= parsePackage(packageFiles('sales-rep'));
  return cached;
}

/** The object type `typeId` of `pkg` (fails the test when missing). */
export function objectOf(pkg: CustomizationPackage, typeId: string): ObjectType {
  const object = pkg.objects.find((o) => o.typeId === typeId);
  if (!object) throw new Error(`no ${typeId} in the package`);
  return object;
}

/** A pending change with sensible defaults. */
export function pending(
  overrides: Partial<PendingChange> & Pick<PendingChange, 'typeId' | 'recordId' | 'operation'>,
): PendingChange {
  return {
    changedFields: [],
    base: null,
    state: 'ready',
    revision: 1,
    attempts: 0,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

/** A stored record (ioElemName → value). */
export function rec(values: Record<string, string | number | boolean | null>): StoredRecord {
  return values;
}
