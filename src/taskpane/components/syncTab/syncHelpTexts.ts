import type { AddinErrorCode } from '../../../shared';

/**
 * What the user can do about a stopped synchronization, by the error's `AddinErrorCode`
 * (src/shared/AddinErrorCode.ts). One place, so the wording stays consistent and each new code
 * must get a text here (the type checker insists on every code).
 */
export const SYNC_HELP_TEXTS: Readonly<Record<AddinErrorCode, string>> = {
  BadCredentials:
    'Siebel rejected the user name or password. Enter your password again in Options (it may have changed or expired), then synchronize.',
  SessionRejected:
    'Siebel ended the session. Synchronize again; if this repeats, ask your administrator whether your account is locked.',
  TooManySessions:
    'The Siebel Server has no room for another session of your user (another Outlook or Siebel client may be synchronizing). Synchronize again in a few minutes; if this repeats, tell your CRM administrator.',
  NoPublishedPackage:
    'No customization package is published for your responsibility. Ask your CRM administrator to publish one for you.',
  Network:
    'The Siebel Server could not be reached. Check your network or VPN connection and the server URL in Options, then synchronize again.',
  Timeout: 'The Siebel Server did not answer in time. It may be busy: synchronize again in a few minutes.',
  HttpStatus:
    'The server answered with an HTTP error. Check the server URL in Options; if it is right, tell your administrator the status shown above.',
  Aborted: 'The request was interrupted. Synchronize again.',
  NotSoap:
    'The server URL does not lead to a Siebel web service endpoint. Check the URL in Options (it usually ends in …/eai_<lang>/start.swe or …/eai/<lang>/swe).',
  UnexpectedSoapShape:
    'The server answered in a form the add-in does not understand. Send this message to your administrator.',
  XmlRefused: 'The server sent XML the add-in refuses to read for safety. Send this message to your administrator.',
  XmlEncode: 'A request could not be built. Send this message to your administrator.',
  InvalidServerUrl: 'The server URL is not valid. Correct it in Options (HTTPS is required except on this computer).',
  InvalidWireProfile:
    'The deployment settings of this add-in (its wire profile) are invalid. Contact your CRM administrator: the add-in cannot talk to Siebel until they are corrected.',
  PageSizeTooLarge:
    'The Siebel Server refused the page size even after the add-in lowered it. Ask your administrator to check the MaximumPageSize parameter of the object manager.',
  SiebelFault:
    'Siebel reported an error (its code is in the message). Synchronize again; if it repeats, send the message to your administrator.',
  PackageFormat:
    'The customization package for your responsibility has an error. Ask your CRM administrator to fix and republish it; your current data stays usable.',
  StorageFull:
    'The browser storage for Outlook is full. Free disk space or choose a narrower sync filter in Options, then synchronize again.',
  Store: 'The local CRM data could not be read or written. Close and reopen the task pane, then synchronize again.',
  SyncAlreadyRunning:
    'Another synchronization (maybe from the ribbon button) was running. Wait for it to finish; its progress shows above.',
  SyncCancelled:
    'The synchronization was cancelled. The records written so far are kept; synchronize again to continue.',
  SyncUnexpected:
    'Something unexpected stopped the synchronization. Synchronize again; if it repeats, send this history entry to your administrator.',
  PendingChanges:
    'A full synchronization would discard changes you made that are not yet sent to Siebel. Synchronize normally to send them first, or allow discarding them in Options.',
  RecordValidation:
    'A record you edited has values the form does not allow. Correct the fields shown, then save again.',
  InvalidResolution:
    'That action does not apply to this synchronization issue (it may have changed meanwhile). Open the Issues tab again and choose an action it offers.',
  SharingUnavailable:
    'Your customization package does not synchronize activities and their contacts, so emails and meetings cannot be shared. Ask your Siebel administrator for a package that does.',
  Host: 'Outlook refused a request of the add-in. Reopen the task pane and synchronize again.',
};

/** The help for a stopped sync's error code; a generic text for a code without one. */
export function syncHelpText(code: string): string {
  return (
    (SYNC_HELP_TEXTS as Readonly<Record<string, string>>)[code] ??
    'Synchronize again; if it repeats, send this history entry to your administrator.'
  );
}

/** What to do about a per-record synchronization issue. */
export const ISSUE_HELP_TEXT =
  'These records were skipped; the rest was synchronized. They are tried again at the next synchronization. If one keeps failing, ask your administrator to check it in Siebel by its id.';
