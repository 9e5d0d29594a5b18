import { unknownOperation } from '../soap/faultCatalog';
import { downloadMetadataFiles } from './downloadMetadataFiles';
import { executeBatch } from './executeBatch';
import type { OperationContext } from './OperationContext';
import { queryPage } from './queryPage';

/** Runs the operation named by the body's first element and returns the output element's XML. */
export function dispatch(context: OperationContext): string {
  const local = context.input.local;
  if (local === 'DownloadMetadataFiles_Input') return downloadMetadataFiles(context);
  if (/QueryPage_Input$/.test(local)) return queryPage(context);
  if (local === 'ExecuteBatch_Input') return executeBatch(context);
  throw unknownOperation(context.operationName);
}
