import type { SimObject } from '../metadata/parseMetaInfo';
import { integrationObjectNamespace, writeListArgument } from '../wire/listArgument';
import { element, escapeXml, textElement } from '../xml/xmlWriter';
import { outputElement, type OperationContext } from './OperationContext';
import { cachedResult } from './query/cacheQuery';
import type { Qbe } from './query/readQbe';
import { readQueryRequest } from './query/readQueryRequest';

/**
 * EAI Siebel Adapter `QueryPage` for any object of the user's package (data-sync.md §3, wire
 * contract). Pages are cut from a result cached in the session and re-read each record, so a record
 * changed since shows its current values and a deleted one is skipped, like a database cursor.
 * The answer holds the page's list and `LastPage` (and `NumOutputObjects` in the `siebelMessage`
 * shape, which the older services had); a `shortPage` fault rule makes a page shorter than asked.
 */
export function queryPage(context: OperationContext, record: string | undefined): string {
  const query = readQueryRequest(context, record);
  const { object, qbe, startRowNum } = query;
  const cache = cachedResult(context, query);
  const rows = Math.min(query.pageSize, context.pageRows ?? query.pageSize);
  const end = Math.min(cache.refs.length, startRowNum + rows);
  const records: string[] = [];
  const type = object.typeId;
  // An Id-only listing (the client's deletion check) needs no record built: ids are arithmetic,
  // and every row is the same elements around its id (one template for the page).
  const idRow =
    qbe.fields.length > 0 && qbe.fields.every((field) => field.name === 'Id') ? idRowTemplate(object, qbe) : null;
  for (let row = startRowNum; row < end && context.data.isDataType(type); row += 1) {
    if (idRow) {
      const id = context.data.idAt(type, cache.refs[row]);
      if (id) records.push(idRow.join(escapeXml(id)));
      continue;
    }
    const found = context.data.recordAt(type, cache.refs[row]);
    if (!found) continue;
    records.push(
      element(
        object.recordElemName,
        {},
        qbe.fields.map((field) => textElement(field.ioElemName, found[field.name] ?? '')).join(''),
      ),
    );
  }
  const output = outputElement(context);
  const list = writeListArgument(
    context.wire,
    element(object.collectionElemName, { xmlns: integrationObjectNamespace(object.intObjName) }, records.join('')),
  );
  const lastPage = textElement('LastPage', String(end >= cache.refs.length));
  const count =
    context.wire.messageShape === 'siebelMessage' ? textElement('NumOutputObjects', String(records.length)) : '';
  return element(output.name, output.namespace, list + lastPage + count);
}

/** The XML of an Id-only row, split where the id goes (each requested field holds the id). */
function idRowTemplate(object: SimObject, qbe: Qbe): string[] {
  const mark = '\u0000';
  return element(
    object.recordElemName,
    {},
    qbe.fields.map((field) => textElement(field.ioElemName, mark)).join(''),
  ).split(mark);
}
