import { visibleOwners } from '../data/visibleOwners';
import type { SimObject } from '../metadata/parseMetaInfo';
import type { QueryCache } from '../query/QueryCache';
import { parseSearchSpec, type RecordPredicate } from '../query/parseSearchSpec';
import { parseSortSpec } from '../query/parseSortSpec';
import { runQuery } from '../query/runQuery';
import { ExpressionError } from '../query/tokenize';
import { badArgument, badExpression, unknownIntegrationObject } from '../soap/faultCatalog';
import { childText } from '../xml/XmlElement';
import { element, escapeXml, textElement } from '../xml/xmlWriter';
import { outputElement, type OperationContext } from './OperationContext';
import { readQbe, type Qbe } from './readQbe';

/**
 * EAI Siebel Adapter `QueryPage` for any object of the user's package (data-sync.md §3).
 * `NewQuery=true` (or changed arguments, or no cache) computes the matching refs once and caches
 * them in the session; later pages are cut from that cache and re-read each record, so a record
 * changed since shows its current values and a deleted one is skipped, like a database cursor.
 */
export function queryPage(context: OperationContext): string {
  const { input, operationName } = context;
  const intObjName = childText(input, 'OutputIntObjectName') ?? '';
  const object = context.catalog.objectsFor(context.user.responsibilityIds).find((candidate) => candidate.intObjName === intObjName);
  if (!object) throw unknownIntegrationObject(operationName, intObjName);
  const qbe = readQbe(object, input, operationName);
  const searchSpec = childText(input, 'SearchSpec') ?? '';
  const sortSpec = childText(input, 'SortSpec') ?? '';
  const viewMode = childText(input, 'ViewMode') || object.viewMode;
  const pageSize = integerArgument(context, 'PageSize', 100, 1);
  const startRowNum = integerArgument(context, 'StartRowNum', 0, 0);
  const newQuery = (childText(input, 'NewQuery') ?? 'false').toLowerCase() === 'true';
  const key = JSON.stringify([intObjName, pageSize, searchSpec, sortSpec, viewMode, qbe.filters.map((f) => [f.field.name, f.value])]);
  let cache = newQuery ? undefined : context.session.queries.find((entry) => entry.key === key);
  if (!cache) cache = cacheQuery(context, object, key, { searchSpec, sortSpec, viewMode, qbe });
  const records: string[] = [];
  const end = Math.min(cache.refs.length, startRowNum + pageSize);
  const type = object.typeId;
  // An Id-only listing (the client's deletion check) needs no record built: ids are arithmetic,
  // and every row is the same elements around its id (one template for the page).
  const idRow = qbe.fields.length > 0 && qbe.fields.every((field) => field.name === 'Id') ? idRowTemplate(object, qbe) : null;
  for (let row = startRowNum; row < end && context.data.isDataType(type); row += 1) {
    if (idRow) {
      const id = context.data.idAt(type, cache.refs[row]);
      if (id) records.push(idRow.join(escapeXml(id)));
      continue;
    }
    const record = context.data.recordAt(type, cache.refs[row]);
    if (!record) continue;
    records.push(element(object.recordElemName, {}, qbe.fields.map((field) => textElement(field.ioElemName, record[field.name] ?? '')).join('')));
  }
  const output = outputElement(input);
  const namespace = `http://www.siebel.com/xml/${object.intObjName.replace(/ /g, '%20')}`;
  return element(
    output.name,
    output.namespace,
    element('SiebelMessage', {}, element(object.collectionElemName, { xmlns: namespace }, records.join(''))) +
      textElement('LastPage', String(startRowNum + pageSize >= cache.refs.length)) +
      textElement('NumOutputObjects', String(records.length)),
  );
}

/** The XML of an Id-only row, split where the id goes (each requested field holds the id). */
function idRowTemplate(object: SimObject, qbe: Qbe): string[] {
  const mark = '\u0000';
  return element(object.recordElemName, {}, qbe.fields.map((field) => textElement(field.ioElemName, mark)).join('')).split(mark);
}

function cacheQuery(
  context: OperationContext,
  object: SimObject,
  key: string,
  args: { searchSpec: string; sortSpec: string; viewMode: string; qbe: Qbe },
): QueryCache {
  let predicate: RecordPredicate | undefined;
  let sort;
  try {
    predicate = combine(parseSearchSpec(object, args.searchSpec), qbePredicate(object, args.qbe));
  } catch (error) {
    if (error instanceof ExpressionError) throw badExpression(context.operationName, 'SearchSpec', `${error.message} in '${args.searchSpec}'`);
    throw error;
  }
  try {
    sort = parseSortSpec(object, args.sortSpec);
  } catch (error) {
    if (error instanceof ExpressionError) throw badExpression(context.operationName, 'SortSpec', `${error.message} in '${args.sortSpec}'`);
    throw error;
  }
  const type = object.typeId;
  const refs = context.data.isDataType(type)
    ? runQuery(context.data, { type, owners: visibleOwners(context.users, context.user.userName, args.viewMode), predicate, predicateKey: predicateKey(object, args), sort })
    : new Int32Array(0);
  const cache: QueryCache = { key, typeId: type, refs };
  const queries = context.session.queries;
  const same = queries.findIndex((entry) => entry.key === key);
  if (same >= 0) queries.splice(same, 1);
  queries.push(cache);
  while (queries.length > context.maxCachedQueries) queries.shift();
  return cache;
}

/** QBE values as a predicate: equality, or LIKE when the value holds `*`. */
function qbePredicate(object: SimObject, qbe: Qbe): RecordPredicate | undefined {
  if (qbe.filters.length === 0) return undefined;
  const spec = qbe.filters
    .map(({ field, value }) => `[${field.name}] ${value.includes('*') ? 'LIKE' : '='} '${value.replace(/'/g, "''")}'`)
    .join(' AND ');
  return parseSearchSpec(object, spec);
}

function combine(a: RecordPredicate | undefined, b: RecordPredicate | undefined): RecordPredicate | undefined {
  if (!a || !b) return a ?? b;
  const bounds = [...(a.bounds ?? []), ...(b.bounds ?? [])];
  return Object.assign((record: Parameters<RecordPredicate>[0]) => a(record) && b(record), bounds.length > 0 ? { bounds } : {});
}

// Objects of different packages may resolve the same spec to other fields: the key names both.
const objectKeys = new WeakMap<SimObject, string>();
function predicateKey(object: SimObject, args: { searchSpec: string; qbe: Qbe }): string {
  let objectKey = objectKeys.get(object);
  if (objectKey === undefined) objectKeys.set(object, (objectKey = JSON.stringify(object.fields.map((f) => [f.name, f.ioElemName, f.dataType]))));
  return JSON.stringify([objectKey, args.searchSpec, args.qbe.filters.map((f) => [f.field.name, f.value])]);
}

function integerArgument(context: OperationContext, name: string, fallback: number, min: number): number {
  const text = childText(context.input, name);
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw badArgument(context.operationName, name, `Argument ${name} must be an integer of at least ${min}, not '${text}'.`);
  }
  return value;
}
