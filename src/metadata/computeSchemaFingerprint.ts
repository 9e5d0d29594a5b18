import { sha256Hex } from '../shared';
import type { CustomizationPackage } from './types';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Fingerprint (SHA-256, hex) of only what shapes locally stored data: the synchronized objects,
 * their fields' Name, IOElemName, DataType, key, timestamp and reference, the indexed
 * (`IsFilterable`) and user-key flags, natural keys and links. Everything is sorted before hashing,
 * so element order and whitespace do not count, and labels, forms, strings, presets, view modes
 * and icons are left out: a change to those is applied in place, a change here needs a new
 * initial synchronization into a new database.
 *
 * @example
 * if ((await computeSchemaFingerprint(next)) !== stored.schemaFingerprint) startInitialSync();
 */
export function computeSchemaFingerprint(pkg: Pick<CustomizationPackage, 'objects' | 'syncedTypes'>): Promise<string> {
  const objects = new Map(pkg.objects.map((o) => [o.typeId, o]));
  const schema = [...pkg.syncedTypes]
    .sort((a, b) => byText(a.typeId, b.typeId))
    .map((type) => ({
      typeId: type.typeId,
      fields: [...(objects.get(type.typeId)?.fields ?? [])]
        .sort((a, b) => byText(a.name, b.name))
        .map((f) => [
          f.name,
          f.ioElemName,
          f.dataType,
          f.isPrimaryKey,
          f.isTimestamp,
          f.refObjTypeId ?? null,
          f.isFilterable,
          f.isPartOfUserKey,
        ]),
      naturalKeys: type.naturalKeys
        .map((key) => [...key].sort(byText))
        .sort((a, b) => byText(a.join('\n'), b.join('\n'))),
      links: [...type.links].sort(byText),
    }));
  return sha256Hex(JSON.stringify(schema));
}
