/**
 * Every error code the add-in raises, listed once (like Dexie's error name list).
 * Layers add codes here when they add an error class; the UI maps codes to help texts.
 */
export type AddinErrorCode =
  // siebel: wire protocol
  | 'SiebelFault'
  | 'BadCredentials'
  | 'SessionRejected'
  | 'TooManySessions'
  | 'NoPublishedPackage'
  | 'Network'
  | 'Timeout'
  | 'HttpStatus'
  | 'Aborted'
  | 'NotSoap'
  | 'UnexpectedSoapShape'
  | 'XmlRefused'
  | 'XmlEncode'
  | 'InvalidServerUrl'
  | 'InvalidWireProfile'
  | 'PageSizeTooLarge'
  // metadata: customization packages
  | 'PackageFormat'
  // store: IndexedDB
  | 'StorageFull'
  | 'Store'
  // sync: orchestration
  | 'SyncAlreadyRunning'
  | 'SyncCancelled'
  | 'SyncUnexpected'
  | 'PendingChanges'
  | 'RecordValidation'
  | 'InvalidResolution'
  | 'SharingUnavailable'
  // host: Office
  | 'Host';
