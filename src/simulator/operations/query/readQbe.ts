import type { SimField, SimObject } from '../../metadata/parseMetaInfo';
import { unknownElement } from '../../soap/faultCatalog';
import type { XmlElement } from '../../xml/XmlElement';

/** The query-by-example instance: fields to return, the values it filters on, its search criteria. */
export interface Qbe {
  readonly fields: readonly SimField[];
  /** Fields with a value: Siebel QBE restricts the query to records matching it (`*` wildcards allowed). */
  readonly filters: ReadonlyArray<{ readonly field: SimField; readonly value: string }>;
  /** The record instance's `searchspec` attribute ('' when absent): `[Field Name]` criteria (EAI "Search Specification"). */
  readonly searchSpec: string;
}

/**
 * Reads `<collection>/<record searchspec="…">/<fields>` (the list element, wherever the request put
 * it). Empty elements select fields; without a record element every field of the object is returned.
 * Any element the integration object does not define is the SBL-EAI-04127 fault of a real server.
 */
export function readQbe(object: SimObject, collection: XmlElement | undefined, operationName: string): Qbe {
  const everything: Qbe = { fields: object.fields, filters: [], searchSpec: '' };
  if (!collection) return everything;
  if (collection.local !== object.collectionElemName)
    throw unknownElement(operationName, collection.local, object.intObjName);
  const record = collection.children[0];
  if (!record) return everything;
  if (record.local !== object.recordElemName) throw unknownElement(operationName, record.local, object.intObjName);
  const searchSpec = (record.attributes.searchspec ?? '').trim();
  if (record.children.length === 0) return { ...everything, searchSpec };
  const fields: SimField[] = [];
  const filters: Array<{ field: SimField; value: string }> = [];
  for (const child of record.children) {
    const field = object.fields.find((candidate) => candidate.ioElemName === child.local);
    if (!field) throw unknownElement(operationName, child.local, object.recordElemName);
    if (!fields.includes(field)) fields.push(field);
    if (child.text.trim() !== '') filters.push({ field, value: child.text.trim() });
  }
  return { fields, filters, searchSpec };
}
