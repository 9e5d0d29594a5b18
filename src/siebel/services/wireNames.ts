/**
 * Every fixed Siebel wire name this client uses, in one place; docs/protocol.md gives each one's
 * status (confirmed, with its source, or reconstructed). Names that differ between deployments
 * (operation namespace and names, message shape, how criteria travel) are not here but in the
 * deployment's wire profile (`profile/WireProfile.ts`). If a real server disagrees with a name
 * here, this is the only file to change, together with the golden fixtures.
 */

/** SOAP 1.1 envelope namespace (standard). */
export const SOAP_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';

/** Siebel session header namespace (confirmed: SessionType, UsernameToken, PasswordText, SessionToken). */
export const SIEBEL_HEADER_NS = 'http://siebel.com/webservices';

/** Local names of the Siebel session headers. */
export const HEADER = {
  sessionType: 'SessionType',
  userName: 'UsernameToken',
  password: 'PasswordText',
  sessionToken: 'SessionToken',
} as const;

/** `PIM Client Metadata Service` / `DownloadMetadataFiles` (reconstructed element names). */
export const METADATA = {
  operation: 'DownloadMetadataFiles',
  input: 'DownloadMetadataFiles_Input',
  output: 'DownloadMetadataFiles_Output',
  packageId: 'packageId',
  responsibilityId: 'responsibilityId',
  hashValue: 'hashValue',
  containsFiles: 'containsFiles',
  siebelMessage: 'SiebelMessage',
  filesIntObjName: 'CRM Desktop Metadata Files',
  filesList: 'ListOfCRMDesktopMetadataFiles',
  file: 'MetadataFile',
  fileName: 'Name',
  fileType: 'Type',
  fileContent: 'Content',
} as const;

/** EAI Siebel Adapter QueryPage arguments (names confirmed; operation element reconstructed). */
export const QUERY_PAGE = {
  outputIntObjectName: 'OutputIntObjectName',
  searchSpec: 'SearchSpec',
  sortSpec: 'SortSpec',
  viewMode: 'ViewMode',
  pageSize: 'PageSize',
  startRowNum: 'StartRowNum',
  newQuery: 'NewQuery',
  siebelMessage: 'SiebelMessage',
  lastPage: 'LastPage',
  numOutputObjects: 'NumOutputObjects',
  /** The criteria attribute on the query-by-example record instance (confirmed: Oracle EAI2, "Search Specification"). */
  searchspecAttribute: 'searchspec',
} as const;

/** Namespace of a Siebel message list: `http://www.siebel.com/xml/` + IntObjName, spaces as `%20`. */
export function collectionNamespace(intObjName: string): string {
  return `http://www.siebel.com/xml/${intObjName.replace(/ /g, '%20')}`;
}

/**
 * `PIM Client Sync Service` / `ExecuteBatch` (RECONSTRUCTED, see test/fixtures/soap/upload/): one
 * call = one batch of write commands, each carrying one record of one integration object.
 */
export const SYNC_BATCH = {
  operation: 'ExecuteBatch',
  input: 'ExecuteBatch_Input',
  output: 'ExecuteBatch_Output',
  siebelMessage: 'SiebelMessage',
  /** Integration object of the command list; names the list's namespace. */
  intObjName: 'CRM Desktop Sync Command',
  commandList: 'ListOfSyncCommand',
  command: 'SyncCommand',
  result: 'SyncCommandResult',
  commandId: 'CommandId',
  operationName: 'Operation',
  commandIntObjName: 'IntObjName',
  status: 'Status',
  errorCode: 'ErrorCode',
  errorMessage: 'ErrorMessage',
} as const;

/** `Status` values of a `SyncCommandResult`. */
export const SYNC_STATUS = { success: 'Success', error: 'Error' } as const;

/**
 * Siebel error codes of one command's `ErrorCode` that the sync layer interprets (reconstructed
 * choice shared with the simulator, docs/local-changes.md); any other code is a plain failure.
 */
export const SYNC_ERROR_CODES = {
  /** The record changed on the server since the client read it: a conflict (confirmed, field evidence §4). */
  recordChanged: 'SBL-DAT-00523',
  /**
   * No such record (deleted on the server, or not visible): a conflict "deleted on server". The
   * code is UNCONFIRMED; {@link RECORD_NOT_FOUND_TEXT} recognises the adapter's wording as well.
   */
  recordNotFound: 'SBL-EAI-04403',
  /** A value outside a bounded pick-list (`IDS_ERR_EAI_SA_PICK_VALIDATE`, confirmed, field evidence §4). */
  picklistValueRefused: 'SBL-EAI-04401',
  /** The user key values already exist: a duplicate (confirmed, field evidence §4). */
  duplicateUserKey: 'SBL-DAT-00381',
} as const;

/** Namespace of the metadata files list. */
export const METADATA_FILES_NS = collectionNamespace(METADATA.filesIntObjName);

/** Namespace of the sync command list (`http://www.siebel.com/xml/CRM%20Desktop%20Sync%20Command`). */
export const SYNC_BATCH_NS = collectionNamespace(SYNC_BATCH.intObjName);

/**
 * Fault detail namespaces. Both exist in Oracle material, so fault parsing matches the
 * `siebdetail`/`errorstack`/`error` elements by LOCAL name; these are listed for writers and docs.
 */
export const FAULT_NAMESPACES = ['http://www.siebel.com/ws/fault', 'http://www.oracle.com/ws/fault'] as const;

/** Local names inside a fault's `detail`. */
export const FAULT_DETAIL = {
  errorStack: 'errorstack',
  error: 'error',
  code: 'errorcode',
  symbol: 'errorsymbol',
  message: 'errormsg',
} as const;

/** Wording of a record-not-found command error, for servers whose code differs from ours. */
export const RECORD_NOT_FOUND_TEXT = /no matching record|could not be found|record (?:does not|doesn't) exist/i;

/** Siebel fault codes the client classifies, with their status (docs/protocol.md). */
export const FAULT_CODES = {
  /** UNCONFIRMED; also recognised by {@link BAD_CREDENTIALS_TEXT}. */
  badCredentials: 'SBL-SEC-10018',
  /** Session token missing, invalid or expired (confirmed: Oracle Support note 757915.1). */
  sessionToken: '10944642',
  /** The token code this add-in used before the field evidence (RECONSTRUCTED); still read. */
  legacySessionRejected: 'SBL-EAI-04601',
  /** No published package for the user's responsibility (RECONSTRUCTED). */
  noPublishedPackage: 'SBL-PIM-00101',
  /** `PageSize` above the object manager's `MaximumPageSize` (confirmed, field evidence §5). */
  pageSizeTooLarge: 'SBL-EAI-04447',
  /**
   * The object manager has no room for another task (RECONSTRUCTED for an EAI login: the code Oracle
   * documents for a server at its `MaxTasks`; the simulator sends it beyond `maxSessionsPerUser`).
   */
  sessionLimit: 'SBL-SMI-00114',
} as const;

/** Wording of a server with no room for another session, for faults that carry no code we know. */
export const SESSION_LIMIT_TEXT =
  /maximum number of (?:concurrent )?(?:tasks|sessions)|too many (?:concurrent )?sessions/i;

/** The confirmed wording of a rejected session token (it also comes without an error code). */
export const SESSION_TOKEN_TEXT =
  /session token is (?:missing|invalid|expired)|session token[^.]*(?:invalid|expired)|error code:\s*10944642/i;

/** Wording of a refused login, for faults that carry no code we know. */
export const BAD_CREDENTIALS_TEXT =
  /user ?(?:id|name)[^.]*password[^.]*(?:incorrect|invalid)|invalid (?:user ?(?:id|name)|credentials)/i;

/** The limit in an `SBL-EAI-04447` message: "…cannot be greater than '100' specified by…". */
export const PAGE_SIZE_LIMIT_TEXT = /greater than\s*'?(\d+)'?/i;
