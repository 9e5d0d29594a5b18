import { usablePreset, type CustomizationPackage, type ObjectType } from '../../metadata';
import type { QueryPageRequest } from '../../siebel';
import { andSearchSpecs, buildSearchSpec, fieldReference, quoteSiebel } from '../buildSearchSpec';
import { formatSiebelDateTime } from '../siebelDate';

/** The QueryPage arguments of one type that do not change from page to page, and its object type. */
export interface TypeQuery extends Omit<QueryPageRequest, 'pageSize' | 'startRowNum' | 'newQuery'> {
  readonly object: ObjectType;
}

/** The object type of `typeId`, or a clear error when the package lists a type it does not define. */
export function objectOf(pkg: CustomizationPackage, typeId: string): ObjectType {
  const object = pkg.objects.find((o) => o.typeId === typeId);
  if (!object) throw new Error(`The package synchronizes "${typeId}" but siebel_meta_info.xml does not define it`);
  return object;
}

/**
 * The query of a type: the chosen (else the default) preset's filter, and for an incremental download also
 * `[Rec.Updated] >= '<since>'`. Sorted by the primary key so row positions are stable across
 * sessions (the resume rule). `idsOnly` asks for the primary key alone (deletion check);
 * `withoutPreset` leaves the preset's criteria out (the changes query that evaluates them locally,
 * `changesQuery`); `idRange` keeps the Ids in `(after, upTo]` ('' = unbounded; a deletion-check slice).
 */
export function typeQuery(
  pkg: CustomizationPackage,
  typeId: string,
  options: {
    nowMs: number;
    sinceMs: number | null;
    idsOnly?: boolean;
    presetName?: string | null;
    withoutPreset?: boolean;
    idRange?: { readonly after: string; readonly upTo: string };
  },
): TypeQuery {
  const object = objectOf(pkg, typeId);
  // An unavailable preset (one the add-in cannot translate) is never used: the default usable one is.
  const preset = options.withoutPreset ? undefined : usablePreset(pkg, options.presetName ?? null)?.filters[typeId];
  const presetSpec = preset ? buildSearchSpec(preset, object.recordElemName, options.nowMs) : '';
  const timestamp = object.fields.find((f) => f.isTimestamp);
  const changedSpec =
    options.sinceMs !== null && timestamp ? `${fieldReference(object.recordElemName, timestamp.name)} >= ${quoteSiebel(formatSiebelDateTime(options.sinceMs))}` : '';
  const primary = object.fields.find((f) => f.isPrimaryKey);
  const idField = fieldReference(object.recordElemName, primary?.name ?? object.primaryKey);
  const range = options.idRange;
  const rangeSpec = range
    ? andSearchSpecs(range.after === '' ? '' : `${idField} > ${quoteSiebel(range.after)}`, range.upTo === '' ? '' : `${idField} <= ${quoteSiebel(range.upTo)}`)
    : '';
  return {
    object,
    intObjName: object.intObjName,
    collectionElemName: object.collectionElemName,
    recordElemName: object.recordElemName,
    fields: options.idsOnly ? [object.primaryKey] : object.fields.map((f) => f.ioElemName),
    searchSpec: andSearchSpecs(presetSpec, changedSpec, rangeSpec),
    sortSpec: primary?.name ?? object.primaryKey,
    viewMode: object.viewMode,
  };
}
