import type { SimObject } from '../../metadata/parseMetaInfo';
import { argumentNotPublished, badArgument, pageSizeTooLarge } from '../../soap/faultCatalog';
import { listArgument } from '../../wire/listArgument';
import { childByLocal, childText } from '../../xml/XmlElement';
import type { OperationContext } from '../OperationContext';
import { findQueryObject } from './findQueryObject';
import { readQbe, type Qbe } from './readQbe';

/** A QueryPage request, read and checked. */
export interface QueryRequest {
  readonly object: SimObject;
  readonly qbe: Qbe;
  /** The `SearchSpec` argument ('' when absent); the attribute criteria are in `qbe.searchSpec`. */
  readonly searchSpec: string;
  readonly sortSpec: string;
  readonly viewMode: string;
  readonly pageSize: number;
  readonly startRowNum: number;
  /** `NewQuery` as sent; `undefined` when absent (then StartRowNum 0 starts a new query). */
  readonly newQuery: boolean | undefined;
}

// Arguments a generated QueryPage has (field-evidence §1), and those of the older SearchSpec form.
const PUBLISHED = new Set(['PageSize', 'ViewMode', 'StartRowNum', 'ExecutionMode', 'LOVLanguageMode']);
const ARGUMENT_FORM = ['OutputIntObjectName', 'SearchSpec', 'SortSpec', 'NewQuery'];

/**
 * Reads the arguments of `<record>QueryPage_Input` under the wire profile. In `searchspecAttribute`
 * mode, a `SearchSpec`, `SortSpec`, `NewQuery` or `OutputIntObjectName` argument is refused with
 * SBL-EAI-04316 (a generated service does not define them); a `PageSize` above `MaximumPageSize` is
 * refused with SBL-EAI-04447, never trimmed.
 */
export function readQueryRequest(context: OperationContext, record: string | undefined): QueryRequest {
  const { input, operationName, wire } = context;
  if (wire.queryCriteria === 'searchspecAttribute') {
    const refused = input.children.find((child) => ARGUMENT_FORM.includes(child.local));
    if (refused) throw argumentNotPublished(operationName, refused.local);
  }
  const pageSize = integerArgument(context, 'PageSize', Math.min(100, context.maximumPageSize), 1);
  if (pageSize > context.maximumPageSize) throw pageSizeTooLarge(context.maximumPageSize);
  const startRowNum = integerArgument(context, 'StartRowNum', 0, 0);
  const list = listArgument(input, (child) => !PUBLISHED.has(child.local) && !ARGUMENT_FORM.includes(child.local));
  const intObjName = childText(input, 'OutputIntObjectName') || undefined;
  const object = findQueryObject(context, { intObjName, list, record });
  const newQuery =
    childByLocal(input, 'NewQuery') === undefined
      ? undefined
      : (childText(input, 'NewQuery') ?? '').toLowerCase() === 'true';
  return {
    object,
    qbe: readQbe(object, list, operationName),
    searchSpec: childText(input, 'SearchSpec') ?? '',
    sortSpec: childText(input, 'SortSpec') ?? '',
    viewMode: childText(input, 'ViewMode') || object.viewMode,
    pageSize,
    startRowNum,
    newQuery,
  };
}

function integerArgument(context: OperationContext, name: string, fallback: number, min: number): number {
  const text = childText(context.input, name);
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw badArgument(
      context.operationName,
      name,
      `Argument ${name} must be an integer of at least ${min}, not '${text}'.`,
    );
  }
  return value;
}
