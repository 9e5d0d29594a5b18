import type { SimulatorWire } from '../types';

/** Which simulated operation a name is under a wire profile; a QueryPage also names its record (`{record}`). */
export type OperationKind =
  | { readonly kind: 'downloadMetadataFiles' }
  | { readonly kind: 'executeBatch' }
  /** `record` is the SiebMsgXmlElemName the name carries, or `undefined` when the template has no `{record}`. */
  | { readonly kind: 'queryPage'; readonly record: string | undefined };

/**
 * Reads an operation name (`AccountQueryPage`, the operation element's local name without `_Input`)
 * against the profile's operation names; `undefined` when the service publishes no such operation.
 * Whether `{record}` names an object of the user's package is for the caller to check.
 */
export function classifyOperation(wire: SimulatorWire, operationName: string): OperationKind | undefined {
  const { operations } = wire;
  if (operationName === operations.downloadMetadataFiles) return { kind: 'downloadMetadataFiles' };
  if (operationName === operations.executeBatch) return { kind: 'executeBatch' };
  const template = operations.queryPage;
  const at = template.indexOf('{record}');
  if (at < 0) return operationName === template ? { kind: 'queryPage', record: undefined } : undefined;
  const prefix = template.slice(0, at);
  const suffix = template.slice(at + '{record}'.length);
  const fits =
    operationName.length > prefix.length + suffix.length &&
    operationName.startsWith(prefix) &&
    operationName.endsWith(suffix);
  return fits
    ? { kind: 'queryPage', record: operationName.slice(prefix.length, operationName.length - suffix.length) }
    : undefined;
}
