import type { MessageId, Translator } from '../../../i18n';
import type { AddinErrorCode } from '../../../shared';

/**
 * What the user can do about a stopped synchronization, by the error's `AddinErrorCode`
 * (src/shared/AddinErrorCode.ts): the sync catalog's `sync.help.<code>`. One place, so the
 * wording stays consistent and each new code must get a text (the type checker insists on every
 * code here, and the catalogs on every id in each language).
 */
export const SYNC_HELP_IDS: Readonly<Record<AddinErrorCode, MessageId>> = {
  BadCredentials: 'sync.help.BadCredentials',
  SessionRejected: 'sync.help.SessionRejected',
  TooManySessions: 'sync.help.TooManySessions',
  NoPublishedPackage: 'sync.help.NoPublishedPackage',
  Network: 'sync.help.Network',
  Timeout: 'sync.help.Timeout',
  HttpStatus: 'sync.help.HttpStatus',
  Aborted: 'sync.help.Aborted',
  NotSoap: 'sync.help.NotSoap',
  UnexpectedSoapShape: 'sync.help.UnexpectedSoapShape',
  XmlRefused: 'sync.help.XmlRefused',
  XmlEncode: 'sync.help.XmlEncode',
  InvalidServerUrl: 'sync.help.InvalidServerUrl',
  InvalidWireProfile: 'sync.help.InvalidWireProfile',
  PageSizeTooLarge: 'sync.help.PageSizeTooLarge',
  SiebelFault: 'sync.help.SiebelFault',
  PackageFormat: 'sync.help.PackageFormat',
  StorageFull: 'sync.help.StorageFull',
  Store: 'sync.help.Store',
  SyncAlreadyRunning: 'sync.help.SyncAlreadyRunning',
  SyncCancelled: 'sync.help.SyncCancelled',
  SyncUnexpected: 'sync.help.SyncUnexpected',
  PendingChanges: 'sync.help.PendingChanges',
  RecordValidation: 'sync.help.RecordValidation',
  InvalidResolution: 'sync.help.InvalidResolution',
  SharingUnavailable: 'sync.help.SharingUnavailable',
  Host: 'sync.help.Host',
};

/** The help for a stopped sync's error code; a generic text for a code without one. */
export function syncHelpText(translator: Translator, code: string): string {
  const known = Object.prototype.hasOwnProperty.call(SYNC_HELP_IDS, code);
  return translator.t(known ? SYNC_HELP_IDS[code as AddinErrorCode] : 'sync.help.fallback');
}

/** What to do about a per-record synchronization issue. */
export function issueHelpText(translator: Translator): string {
  return translator.t('sync.help.issues');
}
