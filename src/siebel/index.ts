/* Session */
export { SiebelSession } from './session/SiebelSession';
export type { LogoffResult } from './session/SiebelSession';

/* Services */
export { downloadMetadataFiles } from './services/downloadMetadataFiles';
export { queryPage } from './services/queryPage';
export { executeBatch } from './services/executeBatch';
export { RECORD_NOT_FOUND_TEXT, SYNC_ERROR_CODES } from './services/wireNames';

/* Wire profile (deployment settings) */
export {
  DEFAULT_MAXIMUM_SESSIONS,
  DEFAULT_SERVER_TIME_FUNCTION,
  DEFAULT_WIRE_PROFILE,
  LEGACY_WIRE_PROFILE,
  MAXIMUM_SESSIONS_LIMIT,
} from './profile/WireProfile';
export type { WireProfile } from './profile/WireProfile';
export { parseWireProfile } from './profile/parseWireProfile';

/* Server URL */
export { validateServerUrl } from './url/validateServerUrl';
export { toEndpointUrl } from './url/toEndpointUrl';

/* Errors */
export { SiebelFaultError } from './errors/SiebelFaultError';
export type { SiebelFaultCode } from './errors/SiebelFaultError';
export { WireProfileError } from './errors/WireProfileError';
export { SessionError } from './errors/SessionError';
export type { SessionErrorCode } from './errors/SessionError';
export { TransportError } from './errors/TransportError';
export type { TransportErrorCode } from './errors/TransportError';
export { ProtocolError } from './errors/ProtocolError';
export type { ProtocolErrorCode } from './errors/ProtocolError';
export { isTransientError } from './errors/isTransientError';
export { isSessionLimitError } from './errors/isSessionLimitError';

/* Types */
export type {
  MetadataAnswer,
  MetadataFile,
  MetadataRequest,
  QueryPageRequest,
  QueryPageResult,
  SiebelConnectionOptions,
  SiebelErrorEntry,
  SiebelSessionStats,
  SoapFault,
  SyncCommand,
  SyncCommandResult,
  SyncOperation,
  WireRecord,
} from './types';

/* Siebel's date text (`MM/DD/YYYY HH:MM:SS`) to and from times */
export { formatSiebelDate, formatSiebelDateTime, siebelDateToIso, siebelDateToMs } from './values/siebelDate';
