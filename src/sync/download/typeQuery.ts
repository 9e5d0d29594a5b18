import { findObject, primaryKeyName, usablePreset, type CustomizationPackage, type ObjectType } from '../../metadata';
import type { QueryPageRequest } from '../../siebel';
import { andSearchSpecs, buildSearchSpec, fieldReference, quoteSiebel } from './buildSearchSpec';
import { formatSiebelDateTime } from '../../siebel';
import type { ServerClockWindow } from './watermark';

/** The QueryPage arguments of one type that do not change from page to page, and its object type. */
export interface TypeQuery extends Omit<QueryPageRequest, 'pageSize' | 'startRowNum' | 'newQuery'> {
  readonly object: ObjectType;
}

/** The object type of `typeId`, or a clear error when the package lists a type it does not define. */
export function objectOf(pkg: CustomizationPackage, typeId: string): ObjectType {
  const object = findObject(pkg, typeId);
  if (!object) throw new Error(`The package synchronizes "${typeId}" but siebel_meta_info.xml does not define it`);
  return object;
}

/**
 * The query of a type: the chosen (else the default) preset's filter, and for an incremental download also
 * `[Rec.Updated] >= '<since>'` (or, with a server-clock window, `… OR [Rec.Updated] >= Timestamp() - <days>`). Sorted by the primary key so row positions are stable across
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
    /** With `sinceMs`: also the records changed within this window of the server's own clock. */
    serverClock?: ServerClockWindow | null;
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
    options.sinceMs !== null && timestamp
      ? changedSince(
          fieldReference(object.recordElemName, timestamp.name),
          options.sinceMs,
          options.serverClock ?? null,
        )
      : '';
  const idField = fieldReference(object.recordElemName, primaryKeyName(object));
  const range = options.idRange;
  const rangeSpec = range
    ? andSearchSpecs(
        range.after === '' ? '' : `${idField} > ${quoteSiebel(range.after)}`,
        range.upTo === '' ? '' : `${idField} <= ${quoteSiebel(range.upTo)}`,
      )
    : '';
  return {
    object,
    intObjName: object.intObjName,
    collectionElemName: object.collectionElemName,
    recordElemName: object.recordElemName,
    fields: options.idsOnly ? [object.primaryKey] : object.fields.map((f) => f.ioElemName),
    searchSpec: andSearchSpecs(presetSpec, changedSpec, rangeSpec),
    sortSpec: primaryKeyName(object),
    viewMode: object.viewMode,
  };
}

const DAY_MS = 86_400_000;

/**
 * `<field> >= '<since>'`, or with a server-clock window `(<field> >= '<since>') OR (<field> >=
 * Timestamp() - <days>)`. Days with six decimals (about 0.09 s), rounded up so the window never
 * shrinks (Siebel reads fractions of days in date arithmetic; Developer's Reference).
 */
function changedSince(field: string, sinceMs: number, window: ServerClockWindow | null): string {
  const watermark = `${field} >= ${quoteSiebel(formatSiebelDateTime(sinceMs))}`;
  if (window === null) return watermark;
  const days = (Math.ceil((window.withinMs / DAY_MS) * 1e6) / 1e6).toFixed(6);
  return `(${watermark}) OR (${field} >= ${window.timeFunction} - ${days})`;
}
