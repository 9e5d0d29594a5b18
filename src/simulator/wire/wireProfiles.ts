import type { SimulatorWire } from '../types';

/**
 * What Siebel-generated services put on the wire (shared/spec/field-evidence.md §1, §2): operations in
 * `http://siebel.com/asi/`, `ListOf…` elements straight in the operation element, QueryPage criteria as
 * the `searchspec` attribute of the query-by-example record. The simulator's default.
 */
export const DEFAULT_SIMULATOR_WIRE: SimulatorWire = Object.freeze({
  operationNamespace: 'http://siebel.com/asi/',
  soapAction: 'document/{namespace}:{operation}',
  messageShape: 'direct',
  queryCriteria: 'searchspecAttribute',
  operations: Object.freeze({
    downloadMetadataFiles: 'DownloadMetadataFiles',
    queryPage: '{record}QueryPage',
    executeBatch: 'ExecuteBatch',
  }),
});

/** The shape of test/fixtures/soap/legacy/ (`CustomUI` namespace, `SiebelMessage`, `SearchSpec` arguments). */
export const LEGACY_SIMULATOR_WIRE: SimulatorWire = Object.freeze({
  ...DEFAULT_SIMULATOR_WIRE,
  operationNamespace: 'http://siebel.com/CustomUI',
  messageShape: 'siebelMessage',
  queryCriteria: 'searchSpecArgument',
});
