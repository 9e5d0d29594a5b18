/** Prefix of the ids the add-in gives records created locally, until Siebel assigns their `Id`. */
export const LOCAL_ID_PREFIX = 'local-';

/**
 * True for an id the add-in made up for a record not yet sent (`local-` + 16 hex digits); Siebel
 * row ids never start with `local-`, so such an id must be replaced before it goes on the wire.
 * @example isLocalId('local-1a2b3c4d5e6f7a8b') // true
 */
export function isLocalId(id: string): boolean {
  return id.startsWith(LOCAL_ID_PREFIX);
}
