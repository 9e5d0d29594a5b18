/** Operation names of the simulated services (in `queryPage`, `{record}` is the object's SiebMsgXmlElemName). */
export interface SimulatorOperationNames {
  readonly downloadMetadataFiles: string;
  readonly queryPage: string;
  readonly executeBatch: string;
}

/**
 * How the simulated services are published: what a deployment decides when it generates its web
 * services (shared/spec/field-evidence.md §1, §2). `DEFAULT_SIMULATOR_WIRE` is what Siebel-generated
 * services put on the wire; `LEGACY_SIMULATOR_WIRE` the shape of test/fixtures/soap/legacy/.
 */
export interface SimulatorWire {
  /** Namespace of the operation elements (`…_Input`, `…_Output`); another one is refused (SBL-EAI-04313). */
  readonly operationNamespace: string;
  /**
   * `SOAPAction` template (`{namespace}`, `{operation}`, `{service}` = any text). The header is not
   * required; when a request sends one that does not match its body, it is refused (SBL-EAI-04313).
   */
  readonly soapAction: string;
  /** Answers put `ListOf…` elements straight in the operation element (`direct`) or in `<SiebelMessage>`. Requests may use either. */
  readonly messageShape: 'direct' | 'siebelMessage';
  /**
   * `searchspecAttribute`: QueryPage criteria only as the `searchspec` attribute of the QBE record, and
   * the `SearchSpec`, `SortSpec`, `NewQuery`, `OutputIntObjectName` arguments are refused (SBL-EAI-04316);
   * `searchSpecArgument`: those arguments are accepted too (the attribute as well).
   */
  readonly queryCriteria: 'searchspecAttribute' | 'searchSpecArgument';
  readonly operations: SimulatorOperationNames;
}

/** `SimulatorWire` fields to change; the others keep their value (default, or current for `admin.configure`). */
export interface SimulatorWireOptions {
  readonly operationNamespace?: string;
  readonly soapAction?: string;
  readonly messageShape?: SimulatorWire['messageShape'];
  readonly queryCriteria?: SimulatorWire['queryCriteria'];
  readonly operations?: Partial<SimulatorOperationNames>;
}
