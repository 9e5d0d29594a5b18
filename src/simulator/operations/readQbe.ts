import type { SimField, SimObject } from '../metadata/parseMetaInfo';
import { unknownElement } from '../soap/faultCatalog';
import { childByLocal, type XmlElement } from '../xml/XmlElement';

/** The query-by-example instance: fields to return and the values it filters on. */
export interface Qbe {
  readonly fields: readonly SimField[];
  /** Fields with a value: Siebel QBE restricts the query to records matching it (`*` wildcards allowed). */
  readonly filters: ReadonlyArray<{ readonly field: SimField; readonly value: string }>;
}

/**
 * Reads `SiebelMessage/<collection>/<record>/<fields>`. Empty elements select fields; without a record
 * element every field of the object is returned. Any element the integration object does not define
 * is the SBL-EAI-04127 fault of a real server.
 */
export function readQbe(object: SimObject, input: XmlElement, operationName: string): Qbe {
  const message = childByLocal(input, 'SiebelMessage');
  const collection = message?.children[0];
  if (!collection) return { fields: object.fields, filters: [] };
  if (collection.local !== object.collectionElemName) throw unknownElement(operationName, collection.local, object.intObjName);
  const record = collection.children[0];
  if (!record) return { fields: object.fields, filters: [] };
  if (record.local !== object.recordElemName) throw unknownElement(operationName, record.local, object.intObjName);
  if (record.children.length === 0) return { fields: object.fields, filters: [] };
  const fields: SimField[] = [];
  const filters: Array<{ field: SimField; value: string }> = [];
  for (const child of record.children) {
    const field = object.fields.find((candidate) => candidate.ioElemName === child.local);
    if (!field) throw unknownElement(operationName, child.local, object.recordElemName);
    if (!fields.includes(field)) fields.push(field);
    if (child.text.trim() !== '') filters.push({ field, value: child.text.trim() });
  }
  return { fields, filters };
}
