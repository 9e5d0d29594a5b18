import { visibleOwners } from '../../data/visibleOwners';
import type { SimObject } from '../../metadata/parseMetaInfo';
import type { QueryCache } from '../../query/QueryCache';
import { parseSearchSpec, type RecordPredicate } from '../../query/parseSearchSpec';
import { parseSortSpec, type SortKey } from '../../query/parseSortSpec';
import { runQuery } from '../../query/runQuery';
import { ExpressionError } from '../../query/tokenize';
import { badExpression } from '../../soap/faultCatalog';
import type { OperationContext } from '../OperationContext';
import type { Qbe } from './readQbe';
import type { QueryRequest } from './readQueryRequest';

/**
 * The cached result a page is cut from (data-sync.md §3). A new query (`NewQuery=true`, or no
 * `NewQuery` and StartRowNum 0) always runs; a later page reuses the session's result of the same
 * query (same object, criteria, sort and view mode; PageSize may differ) or runs it anew.
 */
export function cachedResult(context: OperationContext, query: QueryRequest): QueryCache {
  const key = JSON.stringify([
    query.object.intObjName,
    query.qbe.searchSpec,
    query.searchSpec,
    query.sortSpec,
    query.viewMode,
    filtersOf(query.qbe),
  ]);
  const fresh = query.newQuery ?? query.startRowNum === 0;
  const cached = fresh ? undefined : context.session.queries.find((entry) => entry.key === key);
  return cached ?? runAndCache(context, query, key);
}

function runAndCache(context: OperationContext, query: QueryRequest, key: string): QueryCache {
  const { object } = query;
  const predicate = combine(
    criteria(context, object, query.qbe.searchSpec, 'SiebelMessage'),
    combine(criteria(context, object, query.searchSpec, 'SearchSpec'), qbePredicate(object, query.qbe)),
  );
  // No SortSpec: the business component's own order (by Id unless the simulator was given another).
  const sort = sortKeys(context, object, query.sortSpec || (context.defaultSort[object.typeId] ?? ''));
  const type = object.typeId;
  const refs = context.data.isDataType(type)
    ? runQuery(context.data, {
        type,
        owners: visibleOwners(context.users, context.user.userName, query.viewMode),
        predicate,
        predicateKey: remembered(predicate, object, query),
        sort,
      })
    : new Int32Array(0);
  const cache: QueryCache = { key, typeId: type, refs };
  const queries = context.session.queries;
  const same = queries.findIndex((entry) => entry.key === key);
  if (same >= 0) queries.splice(same, 1);
  queries.push(cache);
  while (queries.length > context.maxCachedQueries) queries.shift();
  return cache;
}

/** Criteria text as a predicate; a spec the server cannot read is a fault on the argument that carried it. */
function criteria(
  context: OperationContext,
  object: SimObject,
  spec: string,
  argument: string,
): RecordPredicate | undefined {
  try {
    return parseSearchSpec(object, spec, { nowMs: context.now });
  } catch (error) {
    if (error instanceof ExpressionError)
      throw badExpression(context.operationName, argument, `${error.message} in '${spec}'`);
    throw error;
  }
}

function sortKeys(context: OperationContext, object: SimObject, spec: string): SortKey[] {
  try {
    return parseSortSpec(object, spec);
  } catch (error) {
    if (error instanceof ExpressionError)
      throw badExpression(context.operationName, 'SortSpec', `${error.message} in '${spec}'`);
    throw error;
  }
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
  const timeRelative = a.timeRelative === true || b.timeRelative === true;
  return Object.assign(
    (record: Parameters<RecordPredicate>[0]) => a(record) && b(record),
    bounds.length > 0 ? { bounds } : {},
    timeRelative ? { timeRelative } : {},
  );
}

function filtersOf(qbe: Qbe): string[][] {
  return qbe.filters.map((f) => [f.field.name, f.value]);
}

/** The key its verdicts are remembered under; none for criteria that read the clock (`Timestamp()`): their verdicts change with time. */
function remembered(
  predicate: RecordPredicate | undefined,
  object: SimObject,
  query: QueryRequest,
): string | undefined {
  return predicate?.timeRelative ? undefined : predicateKey(object, query);
}

// Objects of different packages may resolve the same spec to other fields: the key names both.
const objectKeys = new WeakMap<SimObject, string>();
function predicateKey(object: SimObject, query: QueryRequest): string {
  let objectKey = objectKeys.get(object);
  if (objectKey === undefined)
    objectKeys.set(object, (objectKey = JSON.stringify(object.fields.map((f) => [f.name, f.ioElemName, f.dataType]))));
  return JSON.stringify([objectKey, query.qbe.searchSpec, query.searchSpec, filtersOf(query.qbe)]);
}
