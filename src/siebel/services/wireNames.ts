/**
 * Every Siebel wire name this client uses, in one place. Most CRM Desktop names are
 * RECONSTRUCTED (no public WSDL exists; see shared/spec/README.md): if a real server disagrees,
 * this is the only file to change, together with the golden fixtures.
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

/** Namespace of the CRM Desktop operation elements (reconstructed). */
export const OPERATION_NS = 'http://siebel.com/CustomUI';

/** `SOAPAction` header value, the form Siebel-generated WSDLs use. */
export function soapActionFor(operation: string): string {
  return `"document/${OPERATION_NS}:${operation}"`;
}

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
} as const;

/** `AccountQueryPage` for record element `Account`: names the operation and its SOAPAction. */
export function queryPageOperation(recordElemName: string): string {
  return `${recordElemName}QueryPage`;
}

/** `AccountQueryPage_Input`: the request's operation element. */
export function queryPageInput(recordElemName: string): string {
  return `${queryPageOperation(recordElemName)}_Input`;
}

/** `AccountQueryPage_Output`: the answer's operation element. */
export function queryPageOutput(recordElemName: string): string {
  return `${queryPageOperation(recordElemName)}_Output`;
}

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
  /** The record changed on the server since the client read it: a conflict. */
  recordChanged: 'SBL-DAT-00523',
  /** No such record (deleted on the server, or not visible): a conflict "deleted on server". */
  recordNotFound: 'SBL-EAI-04401',
  /** The user key values already exist: a duplicate. */
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

/** Siebel error codes the client classifies (all three unconfirmed for real servers). */
export const FAULT_CODES = {
  badCredentials: 'SBL-SEC-10018',
  sessionRejected: 'SBL-EAI-04601',
  noPublishedPackage: 'SBL-PIM-00101',
} as const;
