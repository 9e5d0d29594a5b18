import type { WireProfile } from './WireProfile';

/** Which service an operation belongs to (names the `{service}` of the SOAPAction template). */
export type OperationKind = 'downloadMetadataFiles' | 'queryPage' | 'executeBatch';

/** The operation's name, e.g. `AccountQueryPage` for record element `Account`. */
export function operationName(profile: WireProfile, kind: OperationKind, recordElemName = ''): string {
  return profile.operations[kind].replace(/\{record\}/g, recordElemName);
}

/** `…_Input`: the request's operation element. */
export function inputElement(operation: string): string {
  return `${operation}_Input`;
}

/** `…_Output`: the answer's operation element. */
export function outputElement(operation: string): string {
  return `${operation}_Output`;
}

/** The quoted `SOAPAction` header value of an operation. */
export function soapActionFor(profile: WireProfile, kind: OperationKind, operation: string): string {
  const service = kind === 'downloadMetadataFiles' ? profile.services.metadata : profile.services.sync;
  const action = profile.soapAction
    .replace(/\{namespace\}/g, profile.operationNamespace)
    .replace(/\{operation\}/g, operation)
    .replace(/\{service\}/g, service);
  return `"${action}"`;
}
