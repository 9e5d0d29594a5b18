import { usablePreset, type CustomizationPackage } from '../../metadata';
import { createLogger } from '../../shared';
import { compileLocalFilter, type LocalFilter } from './localFilter';
import { objectOf, typeQuery, type TypeQuery } from './typeQuery';
import type { ServerClockWindow } from './watermark';

const log = createLogger('sync');

/** The changes query of a type and, when the preset's filter is evaluated locally, that filter. */
export interface ChangesQuery {
  readonly query: TypeQuery;
  /** `null`: the server applies the filter (no watermark yet, or a filter that cannot be evaluated here). */
  readonly matches: LocalFilter | null;
}

/**
 * The incremental changes query of `typeId`: records changed since `sinceMs` within the user's
 * visibility (the object's view mode) but WITHOUT the preset's criteria, with the preset's filter
 * returned for local evaluation. A record that changed so that it left the filter (an activity
 * set to Done) still comes back and is removed locally, so no Id listing is needed to notice it.
 * The server keeps the filter when the type has no watermark (it is read whole: unfiltered it
 * would bring every record outside the filter) or when the filter cannot be evaluated locally
 * (`compileLocalFilter`); then only the scheduled Id listing notices records leaving the filter.
 */
export function changesQuery(
  pkg: CustomizationPackage,
  typeId: string,
  options: {
    nowMs: number;
    sinceMs: number | null;
    serverClock?: ServerClockWindow | null;
    presetName?: string | null;
  },
): ChangesQuery {
  const filtered = typeQuery(pkg, typeId, options);
  const group = usablePreset(pkg, options.presetName ?? null)?.filters[typeId];
  if (options.sinceMs === null || !group) return { query: filtered, matches: null };
  const compiled = compileLocalFilter(group, objectOf(pkg, typeId), options.nowMs);
  if (!compiled.ok) {
    // Said once per run and type, so an administrator can tell why filter exits of this type wait for the listing.
    log.info(
      `${typeId}: the preset's filter stays on the server (${compiled.reason}); records that leave it are removed by the deletion check`,
    );
    return { query: filtered, matches: null };
  }
  return { query: typeQuery(pkg, typeId, { ...options, withoutPreset: true }), matches: compiled.matches };
}

/**
 * What identifies the filter a type's records were checked against (its preset filter as JSON,
 * 'none' without one): a deletion check made under another filter does not vouch for this one.
 */
export function filterKeyOf(pkg: CustomizationPackage, typeId: string, presetName: string | null | undefined): string {
  const group = usablePreset(pkg, presetName ?? null)?.filters[typeId];
  return group ? JSON.stringify(group) : 'none';
}
