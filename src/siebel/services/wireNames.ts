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

/** Namespace of the metadata files list. */
export const METADATA_FILES_NS = collectionNamespace(METADATA.filesIntObjName);

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
