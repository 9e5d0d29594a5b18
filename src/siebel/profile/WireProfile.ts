/**
 * How a deployment's Siebel web services are published: the names and shapes that are a
 * deployment fact rather than a protocol fact (shared/spec/field-evidence.md §1, §2). A company
 * deploys them with the add-in (docs/protocol.md); every field has a default that matches
 * Siebel-generated services and the embedded simulator.
 */
export interface WireProfile {
  /** Target namespace of the operation elements (`…_Input` / `…_Output`). */
  readonly operationNamespace: string;
  /**
   * The `SOAPAction` header, without its quotes. Placeholders: `{namespace}`, `{operation}`,
   * `{service}` (the Siebel business service name of the operation).
   */
  readonly soapAction: string;
  /**
   * `direct`: an integration-object argument is its `ListOf…` element straight inside the operation
   * element (Siebel-generated services); `siebelMessage`: wrapped in a `<SiebelMessage>` element.
   */
  readonly messageShape: 'direct' | 'siebelMessage';
  /**
   * How QueryPage criteria travel: `searchspecAttribute` on the query-by-example record instance
   * (with `[Field Name]` references, no sort, no `NewQuery`), or the `SearchSpec`, `SortSpec`,
   * `NewQuery` and `OutputIntObjectName` arguments (`[Record.Field Name]` references).
   */
  readonly queryCriteria: 'searchspecAttribute' | 'searchSpecArgument';
  /** Operation names; in `queryPage`, `{record}` is the object's `SiebMsgXmlElemName`. */
  readonly operations: {
    readonly downloadMetadataFiles: string;
    readonly queryPage: string;
    readonly executeBatch: string;
  };
  /** Business service names (only in the `SOAPAction` template's `{service}`). */
  readonly services: {
    readonly metadata: string;
    readonly sync: string;
  };
  /**
   * The object manager's `MaximumPageSize` when the administrator knows it; `null` = learn it from
   * the server's `SBL-EAI-04447` answer.
   */
  readonly maximumPageSize: number | null;
  /**
   * Most Siebel sessions one synchronization holds at once (1–16): its main session plus sessions
   * that download pages of the same query side by side. Each session is a task of the object
   * manager; 1 = one session, pages one after the other. Default 4 (README, Decisions).
   */
  readonly maximumSessions: number;
  /**
   * The query function that gives the server's current date and time (`Timestamp()` in Siebel's
   * query language), or `null` when the deployment's query language lacks it. Incremental queries
   * also ask for records changed since the last download by this clock (`[Updated] >= Timestamp()
   * - days`), so changes stamped after the server's clock went back are not missed (docs/sync.md,
   * "A server clock that goes back"). With `null` such changes wait until they change again.
   */
  readonly serverTimeFunction: string | null;
}

/** The default of {@link WireProfile.serverTimeFunction}: Siebel's documented `Timestamp()`. */
export const DEFAULT_SERVER_TIME_FUNCTION = 'Timestamp()';

/** The default of {@link WireProfile.maximumSessions}: see the README's Decisions section. */
export const DEFAULT_MAXIMUM_SESSIONS = 4;
/** The most sessions a deployment may allow one synchronization. */
export const MAXIMUM_SESSIONS_LIMIT = 16;

/** Siebel-generated services (field evidence): the default of every deployment and of the simulator. */
export const DEFAULT_WIRE_PROFILE: WireProfile = Object.freeze({
  operationNamespace: 'http://siebel.com/asi/',
  soapAction: 'document/{namespace}:{operation}',
  messageShape: 'direct',
  queryCriteria: 'searchspecAttribute',
  operations: Object.freeze({
    downloadMetadataFiles: 'DownloadMetadataFiles',
    queryPage: '{record}QueryPage',
    executeBatch: 'ExecuteBatch',
  }),
  services: Object.freeze({ metadata: 'PIM Client Metadata Service', sync: 'PIM Client Sync Service' }),
  maximumPageSize: null,
  maximumSessions: DEFAULT_MAXIMUM_SESSIONS,
  serverTimeFunction: DEFAULT_SERVER_TIME_FUNCTION,
});

/**
 * The shape this add-in used before the field evidence (test/fixtures/soap/legacy/): kept for
 * deployments whose services were published with `SiebelMessage` arguments.
 */
export const LEGACY_WIRE_PROFILE: WireProfile = Object.freeze({
  ...DEFAULT_WIRE_PROFILE,
  operationNamespace: 'http://siebel.com/CustomUI',
  messageShape: 'siebelMessage',
  queryCriteria: 'searchSpecArgument',
});
