/* Errors */
export { AddinError, isAddinError } from './AddinError';
export type { AddinErrorCode } from './AddinErrorCode';

/* Utils */
export { assertNever } from './assertNever';
export { systemClock } from './Clock';
export type { Clock } from './Clock';
export { createLogger, setLogSink } from './logger';
export { sha256Base64Url, sha256Hex } from './sha256';
export type { Logger, LogLevel, LogSink } from './logger';
export { chunk } from './chunk';
export { addinVersion } from './addinVersion';
