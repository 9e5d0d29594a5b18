import { SiebelFault } from './SiebelFault';

/*
 * Every whole-call fault the simulator answers with (per-command errors of ExecuteBatch are in
 * operations/batch/commandErrors.ts). Each entry says how sure we are of what a real server sends:
 * - confirmed: shared/spec/field-evidence.md §4-§5 (Oracle support notes, public client code);
 * - unconfirmed: a real code whose use for this case no primary source shows (faults.md §2);
 * - reconstructed: the simulator's choice, picked from the facility that would raise it.
 * "golden" names the fixture in test/fixtures/soap/ that pins the text.
 */

/** Bad user name or password. Unconfirmed (faults.md §2). golden: session/bad-credentials.fault.xml */
export const badCredentials = (): SiebelFault =>
  new SiebelFault([
    { code: 'SBL-SEC-10018', symbol: '', message: 'The user ID or password that you entered is incorrect.' },
  ]);

/**
 * A session token that is unknown, expired or logged off, or no token and no credentials.
 * Confirmed code and text (field-evidence §4, Oracle note 757915.1): the text carries the code in
 * front and no `(CODE)` after it. golden: session/session-rejected.fault.xml
 */
export const sessionRejected = (): SiebelFault =>
  new SiebelFault([
    {
      code: '10944642',
      symbol: '',
      message:
        'Error Code: 10944642 Error Message: Error: Inbound SOAP Message - Session Token is missing or invalid or has expired',
      bare: true,
    },
  ]);

/**
 * A login beyond `maxSessionsPerUser`: the object manager has no room for another task of this user.
 * RECONSTRUCTED: how a real server refuses such a login is not public. The code is the one Oracle
 * documents for a multithreaded server at its MaxTasks ("has reached the maximum number of concurrent
 * tasks", Siebel Field Service Guide); the per-user wording is ours. No golden.
 */
export const sessionLimitReached = (userName: string, limit: number): SiebelFault =>
  new SiebelFault([
    {
      code: 'SBL-SMI-00114',
      symbol: '',
      message: `The Multithreaded Server has reached the maximum number of concurrent tasks (${limit}) for user '${userName}'.`,
    },
  ]);

/** No published package for the user. Reconstructed. golden: metadata/DownloadMetadataFiles.no-package.fault.xml */
export const noPublishedPackage = (userName: string): SiebelFault =>
  new SiebelFault([
    {
      code: 'SBL-PIM-00101',
      symbol: 'IDS_PIM_ERR_NO_PUBLISHED_PACKAGE',
      message: `No published customization package was found for the responsibilities of user '${userName}'.`,
    },
  ]);

/**
 * An element the integration object does not define. Code, symbol and the 04316 wrapper as seen in
 * captured faults (faults.md §2), text reconstructed; `SiebelMessage` is the EAI Siebel Adapter's
 * argument, whatever the wire shape (field-evidence §1). golden: data/QueryPage.unknown-field.fault.xml
 */
export const unknownElement = (operation: string, tag: string, component: string): SiebelFault =>
  new SiebelFault([
    argumentError(operation, 'SiebelMessage'),
    {
      code: 'SBL-EAI-04127',
      symbol: 'IDS_EAI_ERR_INTOBJHIER_ELEM_UNKN',
      message: `Element with XML tag '${tag}' is not found in the definition of EAI Integration Component '${component}'`,
    },
  ]);

/** Wrapper error Siebel puts on top of an argument problem (seen in captured faults). */
function argumentError(operation: string, argument: string) {
  return {
    code: 'SBL-EAI-04316',
    symbol: '',
    message: `Error while processing argument ${argument} for operation ${operation}`,
  };
}

/**
 * An argument the published operation does not define (`SearchSpec`, `SortSpec`, `NewQuery`,
 * `OutputIntObjectName` under `searchspecAttribute`): a generated service exposes only the
 * arguments its method was published with. Code and text reconstructed (wire contract).
 * golden: data/QueryPage.argument-refused.fault.xml
 */
export const argumentNotPublished = (operation: string, argument: string): SiebelFault =>
  new SiebelFault([argumentError(operation, argument)]);

/**
 * `PageSize` above the object manager's `MaximumPageSize`: refused, never trimmed. Confirmed code and
 * text (field-evidence §5); the number is the server's limit. golden: data/QueryPage.page-size.fault.xml
 */
export const pageSizeTooLarge = (limit: number): SiebelFault =>
  new SiebelFault([
    {
      code: 'SBL-EAI-04447',
      symbol: '',
      message: `PageSize method argument cannot be greater than '${limit}' specified by the server parameter 'MaximumPageSize'.`,
    },
  ]);

/** An integration object that the user's package does not define. Code and symbol from the EAI facility; reconstructed use. */
export const unknownIntegrationObject = (
  operation: string,
  name: string,
  argument = 'OutputIntObjectName',
): SiebelFault =>
  new SiebelFault([
    argumentError(operation, argument),
    {
      code: 'SBL-EAI-04111',
      symbol: 'IDS_EAI_ERR_INTOBJ_NOT_FOUND',
      message: `Could not find Integration Object '${name}'.`,
    },
  ]);

/** Search criteria or a SortSpec the server cannot parse or that name an unknown field. Reconstructed. */
export const badExpression = (operation: string, argument: string, detail: string): SiebelFault =>
  new SiebelFault([
    argumentError(operation, argument),
    { code: 'SBL-EXL-00151', symbol: 'IDS_EXL_ERR_PARSE', message: `Error parsing expression: ${detail}` },
  ]);

/** An argument with a value of the wrong kind (PageSize "abc"). Reconstructed. */
export const badArgument = (operation: string, argument: string, detail: string): SiebelFault =>
  new SiebelFault([argumentError(operation, argument), { code: 'SBL-EAI-04315', symbol: '', message: detail }]);

/** More commands than `max_commands_per_batch`. Reconstructed. golden: upload/ExecuteBatch.too-many-commands.fault.xml */
export const tooManyCommands = (operation: string, count: number, limit: number): SiebelFault =>
  // Raised by the sync service itself (not by argument parsing), so no SBL-EAI-04316 wrapper.
  new SiebelFault([
    {
      code: 'SBL-PIM-00120',
      symbol: 'IDS_PIM_ERR_BATCH_TOO_LARGE',
      message: `Operation ${operation} received ${count} commands; the customization package allows at most ${limit} per batch (max_commands_per_batch).`,
    },
  ]);

/** A batch whose command list cannot be run as a whole (no commands element, a command without a valid CommandId or Operation, not one record). Reconstructed. */
export const badBatch = (operation: string, detail: string): SiebelFault =>
  new SiebelFault([argumentError(operation, 'SiebelMessage'), { code: 'SBL-EAI-04315', symbol: '', message: detail }]);

/**
 * An operation element in another namespace than the service's, or a name the service does not
 * publish. Code and text reconstructed (wire contract). golden: metadata/DownloadMetadataFiles.wrong-namespace.fault.xml
 */
export const unknownOperation = (operation: string, namespace: string, expectedNamespace: string): SiebelFault =>
  new SiebelFault([
    {
      code: 'SBL-EAI-04313',
      symbol: 'IDS_EAI_WS_OP_NOT_FOUND',
      message: `Operation '${operation}' in namespace '${namespace}' is not published by this service (expected namespace '${expectedNamespace}')`,
    },
  ]);

/** A `SOAPAction` header that names another operation than the body's. Reconstructed (same code as an unknown operation). */
export const soapActionMismatch = (soapAction: string, expected: string): SiebelFault =>
  new SiebelFault([
    {
      code: 'SBL-EAI-04313',
      symbol: 'IDS_EAI_WS_OP_NOT_FOUND',
      message: `SOAPAction '${soapAction}' does not name the operation of the request body (expected '${expected}')`,
    },
  ]);

/** Unreadable XML, or a DOCTYPE (refused unexpanded): the only `SOAP-ENV:Client` faults. Reconstructed. */
export const unreadableRequest = (detail: string): SiebelFault =>
  new SiebelFault(
    [
      {
        code: 'SBL-EAI-04308',
        symbol: 'IDS_EAI_ERR_SOAP_PARSE',
        message: `Unable to read the SOAP request: ${detail}`,
      },
    ],
    'Client',
  );

/** A request body over the size cap. Reconstructed. */
export const requestTooLarge = (limit: number): SiebelFault =>
  new SiebelFault([
    { code: 'SBL-EAI-04312', symbol: '', message: `The request is larger than the ${limit} bytes the server accepts.` },
  ]);

/** A POST without `WSSOAP=1`: the web server ignores the session headers, so nobody is logged in. Reconstructed. */
export const sessionHeadersIgnored = (): SiebelFault =>
  new SiebelFault([
    {
      code: 'SBL-UIF-00348',
      symbol: '',
      message:
        'Anonymous access is not allowed for this web service; add WSSOAP=1 to the URL so that the Siebel session headers are read.',
    },
  ]);

/** A `soapFault` rule of the fault injector. */
export const injectedFault = (code = 'SBL-EAI-04376', message = 'Simulated server error'): SiebelFault =>
  new SiebelFault([{ code, symbol: '', message }]);
