import { SiebelFault } from './SiebelFault';

/*
 * Every fault the simulator answers with. Codes marked "golden" are fixed by test/fixtures/soap;
 * the others are the simulator's choice (Siebel's own codes for these cases are not public,
 * see shared/spec/faults.md), picked from the facility that would raise them.
 */

/** golden: session/bad-credentials.fault.xml */
export const badCredentials = (): SiebelFault =>
  new SiebelFault([{ code: 'SBL-SEC-10018', symbol: '', message: 'The user ID or password that you entered is incorrect.' }]);

/** golden: session/session-rejected.fault.xml */
export const sessionRejected = (): SiebelFault =>
  new SiebelFault([
    {
      code: 'SBL-EAI-04601',
      symbol: 'IDS_EAI_ERR_SESSION_TOKEN_INVALID',
      message: 'The session token is invalid or has expired. Log in again.',
    },
  ]);

/** golden: metadata/DownloadMetadataFiles.no-package.fault.xml */
export const noPublishedPackage = (userName: string): SiebelFault =>
  new SiebelFault([
    {
      code: 'SBL-PIM-00101',
      symbol: 'IDS_PIM_ERR_NO_PUBLISHED_PACKAGE',
      message: `No published customization package was found for the responsibilities of user '${userName}'.`,
    },
  ]);

/** golden: data/QueryPage.unknown-field.fault.xml */
export const unknownElement = (operation: string, tag: string, component: string): SiebelFault =>
  new SiebelFault([
    argumentError(operation, 'SiebelMessage'),
    {
      code: 'SBL-EAI-04127',
      symbol: 'IDS_EAI_ERR_INTOBJHIER_ELEM_UNKN',
      message: `Element with XML tag '${tag}' is not found in the definition of EAI Integration Component '${component}'`,
    },
  ]);

/** Wrapper error Siebel puts on top of an argument problem. */
function argumentError(operation: string, argument: string) {
  return {
    code: 'SBL-EAI-04316',
    symbol: '',
    message: `Error while processing argument ${argument} for operation ${operation}`,
  };
}

/** An integration object that the user's package does not define. */
export const unknownIntegrationObject = (operation: string, name: string, argument = 'OutputIntObjectName'): SiebelFault =>
  new SiebelFault([
    argumentError(operation, argument),
    { code: 'SBL-EAI-04111', symbol: 'IDS_EAI_ERR_INTOBJ_NOT_FOUND', message: `Could not find Integration Object '${name}'.` },
  ]);

/** A SearchSpec or SortSpec the server cannot parse or that names an unknown field. */
export const badExpression = (operation: string, argument: string, detail: string): SiebelFault =>
  new SiebelFault([
    argumentError(operation, argument),
    { code: 'SBL-EXL-00151', symbol: 'IDS_EXL_ERR_PARSE', message: `Error parsing expression: ${detail}` },
  ]);

/** An argument with a value of the wrong kind (PageSize "abc"). */
export const badArgument = (operation: string, argument: string, detail: string): SiebelFault =>
  new SiebelFault([argumentError(operation, argument), { code: 'SBL-EAI-04315', symbol: '', message: detail }]);

/** golden: upload/ExecuteBatch.too-many-commands.fault.xml — more commands than `max_commands_per_batch`. */
export const tooManyCommands = (operation: string, count: number, limit: number): SiebelFault =>
  // Raised by the sync service itself (not by argument parsing), so no SBL-EAI-04316 wrapper.
  new SiebelFault([
    {
      code: 'SBL-PIM-00120',
      symbol: 'IDS_PIM_ERR_BATCH_TOO_LARGE',
      message: `Operation ${operation} received ${count} commands; the customization package allows at most ${limit} per batch (max_commands_per_batch).`,
    },
  ]);

/** A batch whose command list cannot be run as a whole (no commands element, a command without a valid CommandId or Operation, not one record). */
export const badBatch = (operation: string, detail: string): SiebelFault =>
  new SiebelFault([argumentError(operation, 'SiebelMessage'), { code: 'SBL-EAI-04315', symbol: '', message: detail }]);

/** A body whose first element is not an operation of the service. */
export const unknownOperation = (operation: string): SiebelFault =>
  new SiebelFault([
    {
      code: 'SBL-EAI-04313',
      symbol: 'IDS_EAI_WS_OP_NOT_FOUND',
      message: `Operation '${operation}' of Web Service 'PIM Client Service' was not found.`,
    },
  ]);

/** Unreadable XML, or a DOCTYPE (refused unexpanded): the only `SOAP-ENV:Client` faults. */
export const unreadableRequest = (detail: string): SiebelFault =>
  new SiebelFault(
    [{ code: 'SBL-EAI-04308', symbol: 'IDS_EAI_ERR_SOAP_PARSE', message: `Unable to read the SOAP request: ${detail}` }],
    'Client',
  );

/** A request body over the size cap. */
export const requestTooLarge = (limit: number): SiebelFault =>
  new SiebelFault([
    { code: 'SBL-EAI-04312', symbol: '', message: `The request is larger than the ${limit} bytes the server accepts.` },
  ]);

/** A POST without `WSSOAP=1`: the web server ignores the session headers, so nobody is logged in. */
export const sessionHeadersIgnored = (): SiebelFault =>
  new SiebelFault([
    {
      code: 'SBL-UIF-00348',
      symbol: '',
      message: 'Anonymous access is not allowed for this web service; add WSSOAP=1 to the URL so that the Siebel session headers are read.',
    },
  ]);

/** A `soapFault` rule of the fault injector. */
export const injectedFault = (code = 'SBL-EAI-04376', message = 'Simulated server error'): SiebelFault =>
  new SiebelFault([{ code, symbol: '', message }]);
