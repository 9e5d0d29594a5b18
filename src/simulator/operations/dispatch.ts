import { unknownOperation } from '../soap/faultCatalog';
import { checkSoapAction } from '../wire/checkSoapAction';
import { classifyOperation } from '../wire/classifyOperation';
import { downloadMetadataFiles } from './downloadMetadataFiles';
import { executeBatch } from './executeBatch';
import type { OperationContext } from './OperationContext';
import { queryPage } from './queryPage';

/**
 * Runs the operation the body's first element names and returns the output element's XML. The
 * element must be `<operation>_Input` in the service's namespace, for an operation the wire profile
 * publishes (else SBL-EAI-04313), and a `SOAPAction`, when sent, must name the same operation.
 */
export function dispatch(context: OperationContext): string {
  const { input, wire, operationName } = context;
  const operation = input.local.endsWith('_Input') ? classifyOperation(wire, operationName) : undefined;
  if (!operation || input.uri !== wire.operationNamespace)
    throw unknownOperation(operationName, input.uri, wire.operationNamespace);
  checkSoapAction(wire, context.soapAction, operationName);
  switch (operation.kind) {
    case 'downloadMetadataFiles':
      return downloadMetadataFiles(context);
    case 'executeBatch':
      return executeBatch(context);
    case 'queryPage':
      return queryPage(context, operation.record);
  }
}
