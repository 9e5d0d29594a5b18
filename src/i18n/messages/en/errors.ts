/**
 * English messages of errors: for each error code (`AddinErrorCode`) a title (what happened) and
 * what to do, written for a sales rep; the source every other catalog translates (ICU MessageFormat).
 */
export const errors = {
  'error.unknown.title': 'Something went wrong',
  'error.unknown.whatToDo': 'Try again. If it happens again, copy the details for your administrator.',
  'error.details': 'Details',
  'error.detailsLine': 'Details: {details}',
  'error.signInFirst': 'Sign in first: enter your password in Options, then synchronize again.',

  // siebel: wire protocol
  'error.SiebelFault.title': 'Siebel refused the request',
  'error.SiebelFault.whatToDo': 'Try again. If Siebel refuses it again, send the details to your administrator.',
  'error.BadCredentials.title': 'User name or password is incorrect',
  'error.BadCredentials.whatToDo':
    'Check your Siebel user name and password and sign in again. If you changed your password recently, use the new one.',
  'error.SessionRejected.title': 'Siebel did not accept the sign-in',
  'error.SessionRejected.whatToDo': 'Synchronize again. If it keeps happening, contact your administrator.',
  'error.TooManySessions.title': 'Too many Siebel sessions are open',
  'error.TooManySessions.whatToDo':
    'Close other Siebel applications you are signed in to, or wait a few minutes, then synchronize again. If it persists, contact your administrator.',
  'error.NoPublishedPackage.title': 'No CRM Desktop package for your user',
  'error.NoPublishedPackage.whatToDo':
    'Your administrator must publish a CRM Desktop package for one of your responsibilities. Contact your administrator, then try again.',
  'error.Network.title': 'The Siebel Server cannot be reached',
  'error.Network.whatToDo': 'Check your network connection and the server address, then synchronize again.',
  'error.Timeout.title': 'This took too long',
  'error.Timeout.whatToDo':
    'The server may be busy. Try again in a few minutes; if it happens often, tell your administrator.',
  'error.HttpStatus.title': 'The Siebel Server answered with an error',
  'error.HttpStatus.whatToDo':
    'Try again later. If it persists, check the server address or contact your administrator.',
  'error.Aborted.title': 'The request was cancelled',
  'error.Aborted.whatToDo': 'Synchronize again when you are ready.',
  'error.NotSoap.title': 'The server did not answer like a Siebel Server',
  'error.NotSoap.whatToDo':
    'The address may point to a sign-in or proxy page. Check the server address, or contact your administrator.',
  'error.UnexpectedSoapShape.title': 'The Siebel Server sent an unexpected answer',
  'error.UnexpectedSoapShape.whatToDo':
    'Contact your administrator and send them the details: the server may have a different version or setup.',
  'error.XmlRefused.title': 'The server sent an answer that cannot be read safely',
  'error.XmlRefused.whatToDo': 'Contact your administrator and send them the details.',
  'error.XmlEncode.title': 'A value cannot be sent to Siebel',
  'error.XmlEncode.whatToDo': 'Remove special or invisible characters from the value you entered, then save again.',
  'error.InvalidServerUrl.title': 'The server address is not valid',
  'error.InvalidServerUrl.whatToDo':
    'Check the Siebel Server URL in Options: it must be a complete address that starts with https://. Your administrator can give it to you.',
  'error.InvalidWireProfile.title': 'The connection settings of CRM Desktop cannot be used',
  'error.InvalidWireProfile.whatToDo':
    'Only your administrator can correct these settings. Contact your administrator and send them the details.',
  'error.PageSizeTooLarge.title': 'The Siebel Server refused the page size',
  'error.PageSizeTooLarge.whatToDo': 'Synchronize again. If it persists, contact your administrator.',

  // metadata: customization packages
  'error.PackageFormat.title': 'Your CRM Desktop package cannot be used',
  'error.PackageFormat.whatToDo':
    'Only your administrator can correct the package. Contact your administrator and send them the details.',

  // store: IndexedDB
  'error.StorageFull.title': 'There is no more space for your CRM data',
  'error.StorageFull.whatToDo':
    'Free up disk space or ask IT to raise the storage limit, then synchronize again. The data synchronized so far is kept.',
  'error.Store.title': 'Your CRM data on this computer could not be read or saved',
  'error.Store.whatToDo':
    'Close and reopen CRM Desktop, then try again. If it happens again, contact your administrator.',

  // sync: orchestration
  'error.SyncAlreadyRunning.title': 'A synchronization is already running',
  'error.SyncAlreadyRunning.whatToDo': 'Wait for it to finish; you can follow its progress in the Sync tab.',
  'error.SyncCancelled.title': 'The synchronization was stopped',
  'error.SyncCancelled.whatToDo':
    'The records downloaded so far are kept. Synchronize again to continue where it stopped.',
  'error.SyncUnexpected.title': 'The synchronization stopped unexpectedly',
  'error.SyncUnexpected.whatToDo': 'Synchronize again. If it happens again, send the details to your administrator.',
  'error.PendingChanges.title': 'Some of your changes have not been sent to Siebel yet',
  'error.PendingChanges.whatToDo': 'Send your changes first, or confirm that they may be discarded.',
  'error.RecordValidation.title': 'The record cannot be saved',
  'error.RecordValidation.whatToDo': 'Correct the marked fields, then save again.',
  'error.InvalidResolution.title': 'The synchronization issue could not be resolved',
  'error.InvalidResolution.whatToDo': 'Synchronize again, then choose a solution for the issue again.',
  'error.SharingUnavailable.title': 'Sharing with Siebel is not available',
  'error.SharingUnavailable.whatToDo': 'Your CRM Desktop package does not support it. Contact your administrator.',

  // host: Office
  'error.Host.title': 'Outlook could not complete the action',
  'error.Host.whatToDo':
    'Try again. If it keeps failing, restart Outlook; if that does not help, contact your administrator.',
} as const;
