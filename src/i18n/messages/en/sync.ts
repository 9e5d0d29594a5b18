/**
 * English messages of the sync area (progress wording, the Sync tab, its history and the notice
 * of lost local data): the source every other catalog translates (ICU MessageFormat).
 *
 * Values a type's download gives (src/i18n/progressWording.ts `recordValues`): `written`,
 * `expected`, `total` (`known` or `unknown`) and `type` (the type's plural label as the language
 * writes it inside a sentence: "accounts" in English, French and Spanish, "Accounts" in German).
 */
export const sync = {
  /* Progress of a run (task pane, ribbon, CLI) */
  'sync.progress.starting': 'Starting…',
  'sync.phase.idle': 'Waiting',
  'sync.phase.connecting': 'Connecting to the Siebel Server…',
  'sync.phase.uploading': 'Sending your changes to Siebel…',
  'sync.phase.checkingMetadata': 'Checking the customization package…',
  'sync.phase.applyingPackage': 'Installing the customization package…',
  'sync.phase.downloading': 'Synchronizing…',
  'sync.phase.removingDeleted': 'Removing records deleted in Siebel…',
  'sync.phase.committing': 'Saving…',
  'sync.phase.loggingOut': 'Signing out of the Siebel Server…',
  'sync.phase.done': 'Synchronized',
  'sync.phase.failed': 'Synchronization failed',
  'sync.phase.cancelled': 'Synchronization cancelled',
  'sync.progress.downloadingType':
    '{total, select, known {Synchronizing… {written, number} of {expected, number} {type}} other {Synchronizing… {written, number} {type}}}',
  'sync.progress.removingDeletedType': 'Removing records deleted in Siebel… ({type})',
  'sync.progress.label': 'Synchronization progress',
  'sync.progress.cancel': 'Cancel',
  /* Progress per object type (the Sync tab) */
  'sync.types.label': 'Progress by object type',
  'sync.types.bar': '{type}: progress',
  'sync.types.records': '{count, plural, one {# record} other {# records}}',
  'sync.types.recordsOf': '{written, number} of {expected, number}',
  'sync.types.rate': '{rate, number} records/s',
  'sync.types.timeLeft': '{minutes, plural, =0 {about {seconds, number} s left} other {about # min left}}',
  'sync.types.done': 'Done',
  'sync.types.downloading': 'Downloading…',
  'sync.counts': '{added, number} new, {changed, number} changed, {removed, number} removed',
  'sync.counts.none': 'no changes',

  /* The Sync tab */
  'sync.view.label': 'Synchronization',
  'sync.view.syncNow': 'Sync now',
  'sync.view.signInFirst': 'Sign in to synchronize: enter your password in Options.',
  'sync.last.title': 'Last synchronization',
  'sync.last.never': 'Never',
  'sync.last.succeeded': 'Synchronized: {counts}',
  'sync.last.failed': '{seeHistory, select, yes {Failed — see History below} other {Failed}}',
  'sync.last.cancelled': '{seeHistory, select, yes {Cancelled — see History below} other {Cancelled}}',
  'sync.last.running': 'Running',
  'sync.local.label': 'Local changes',
  'sync.local.none': 'No local changes waiting to be sent.',
  'sync.local.pending':
    '{count, plural, one {Not yet synchronized: # local change, sent at the next synchronization.} other {Not yet synchronized: # local changes, sent at the next synchronization.}}',
  'sync.local.issues':
    '{count, plural, one {# synchronization issue needs your decision: see the Issues tab.} other {# synchronization issues need your decision: see the Issues tab.}}',

  /* The history */
  'sync.history.title': 'History',
  'sync.history.label': 'Synchronization history',
  'sync.history.loading': 'Reading the sync log',
  'sync.history.failed': 'Reading the sync log failed: {error}',
  'sync.history.empty': 'No synchronization yet.',
  'sync.history.failedOnly': 'Failed only',
  'sync.history.emptyHint': 'Each synchronization will be listed here, with what it received and any error.',
  'sync.history.noFailed':
    '{count, plural, one {The last synchronization did not fail.} other {None of the last # synchronizations failed.}}',
  'sync.entry.outcome.running': 'Running',
  'sync.entry.outcome.succeeded': 'Succeeded',
  'sync.entry.outcome.failed': 'Failed',
  'sync.entry.outcome.cancelled': 'Cancelled',
  'sync.entry.label':
    '{kind, select, initial {Initial synchronization of {when}: {outcome}} other {Incremental synchronization of {when}: {outcome}}}',
  'sync.entry.kind': '{kind, select, initial {initial} other {incremental}}',
  'sync.entry.kindWithDuration':
    '{kind, select, initial {initial, {seconds, number} s} other {incremental, {seconds, number} s}}',
  'sync.entry.whatToDo': 'What to do: {help}',
  'sync.entry.issues': '{count, plural, one {# record not synchronized} other {# records not synchronized}}',
  'sync.entry.issue': '{type}, {recordId}: {message}',
  'sync.entry.more': 'and {count, number} more',
  'sync.entry.packageWarnings':
    '{count, plural, one {New customization package: # element not used} other {New customization package: # elements not used}}',
  'sync.entry.packageHelp':
    'Your data is synchronized without them. If you need one, tell your CRM administrator what is listed here.',
  'sync.entry.packageWarning': '{file}: {message}',
  'sync.uploads.new': '{count, number} new',
  'sync.uploads.changed': '{count, number} changed',
  'sync.uploads.deleted': '{count, number} deleted',
  'sync.uploads.sent': 'Sent to Siebel: {parts}',
  'sync.uploads.sentSomeNot': 'Sent to Siebel: {parts} · {unsent, number} not sent (see Issues)',
  'sync.uploads.noneSent':
    '{count, plural, one {# change not sent to Siebel (see Issues)} other {# changes not sent to Siebel (see Issues)}}',

  /* What to do about a stopped synchronization, by its error code (src/shared/AddinErrorCode.ts) */
  'sync.help.BadCredentials':
    'Siebel rejected the user name or password. Enter your password again in Options (it may have changed or expired), then synchronize.',
  'sync.help.SessionRejected':
    'Siebel ended the session. Synchronize again; if this repeats, ask your administrator whether your account is locked.',
  'sync.help.TooManySessions':
    'The Siebel Server has no room for another session of your user (another Outlook or Siebel client may be synchronizing). Synchronize again in a few minutes; if this repeats, tell your CRM administrator.',
  'sync.help.NoPublishedPackage':
    'No customization package is published for your responsibility. Ask your CRM administrator to publish one for you.',
  'sync.help.Network':
    'The Siebel Server could not be reached. Check your network or VPN connection and the server URL in Options, then synchronize again.',
  'sync.help.Timeout': 'The Siebel Server did not answer in time. It may be busy: synchronize again in a few minutes.',
  'sync.help.HttpStatus':
    'The server answered with an HTTP error. Check the server URL in Options; if it is right, tell your administrator the status shown above.',
  'sync.help.Aborted': 'The request was interrupted. Synchronize again.',
  'sync.help.NotSoap':
    "The server URL does not lead to a Siebel web service endpoint. Check the URL in Options (it usually ends in …/eai_'<lang>'/start.swe or …/eai/'<lang>'/swe).",
  'sync.help.UnexpectedSoapShape':
    'The server answered in a form the add-in does not understand. Send this message to your administrator.',
  'sync.help.XmlRefused':
    'The server sent XML the add-in refuses to read for safety. Send this message to your administrator.',
  'sync.help.XmlEncode': 'A request could not be built. Send this message to your administrator.',
  'sync.help.InvalidServerUrl':
    'The server URL is not valid. Correct it in Options (HTTPS is required except on this computer).',
  'sync.help.InvalidWireProfile':
    'The deployment settings of this add-in (its wire profile) are invalid. Contact your CRM administrator: the add-in cannot talk to Siebel until they are corrected.',
  'sync.help.PageSizeTooLarge':
    'The Siebel Server refused the page size even after the add-in lowered it. Ask your administrator to check the MaximumPageSize parameter of the object manager.',
  'sync.help.SiebelFault':
    'Siebel reported an error (its code is in the message). Synchronize again; if it repeats, send the message to your administrator.',
  'sync.help.PackageFormat':
    'The customization package for your responsibility has an error. Ask your CRM administrator to fix and republish it; your current data stays usable.',
  'sync.help.StorageFull':
    'The browser storage for Outlook is full. Free disk space or choose a narrower sync filter in Options, then synchronize again.',
  'sync.help.Store':
    'The local CRM data could not be read or written. Close and reopen the task pane, then synchronize again.',
  'sync.help.SyncAlreadyRunning':
    'Another synchronization (maybe from the ribbon button) was running. Wait for it to finish; its progress shows above.',
  'sync.help.SyncCancelled':
    'The synchronization was cancelled. The records written so far are kept; synchronize again to continue.',
  'sync.help.SyncUnexpected':
    'Something unexpected stopped the synchronization. Synchronize again; if it repeats, send this history entry to your administrator.',
  'sync.help.PendingChanges':
    'A full synchronization would discard changes you made that are not yet sent to Siebel. Synchronize normally to send them first, or allow discarding them in Options.',
  'sync.help.RecordValidation':
    'A record you edited has values the form does not allow. Correct the fields shown, then save again.',
  'sync.help.InvalidResolution':
    'That action does not apply to this synchronization issue (it may have changed meanwhile). Open the Issues tab again and choose an action it offers.',
  'sync.help.SharingUnavailable':
    'Your customization package does not synchronize activities and their contacts, so emails and meetings cannot be shared. Ask your Siebel administrator for a package that does.',
  'sync.help.Host': 'Outlook refused a request of the add-in. Reopen the task pane and synchronize again.',
  'sync.help.fallback': 'Synchronize again; if it repeats, send this history entry to your administrator.',
  'sync.help.issues':
    'These records were skipped; the rest was synchronized. They are tried again at the next synchronization. If one keeps failing, ask your administrator to check it in Siebel by its id.',

  /* The notice shown when this Outlook lost its CRM data */
  'sync.lost.title': 'Your CRM data is no longer on this computer',
  'sync.lost.before':
    'Your mailbox shows that CRM Desktop has synchronized before, but this Outlook holds no CRM data.',
  'sync.lost.changesLost':
    'Lost with it: any changes made here that had not been sent to Siebel yet. What is already in Siebel is safe.',
  'sync.lost.causes':
    "This happens when the Office cache or the browser's data for this site was cleared, when the browser freed disk space, or when this is another Outlook: Outlook on the web, the new Outlook and classic Outlook each keep their own copy.",
  'sync.lost.fullSync': 'A full synchronization downloads your CRM data from Siebel again.',
  'sync.lost.password': 'Password of {user}',
  'sync.lost.passwordHint': 'A remembered password is kept with the data, so it is gone too.',
  'sync.lost.download': 'Download my data again',
  'sync.lost.later': 'Later',
  'sync.lost.enterPassword': 'Enter the password of {user} first.',
  'sync.lost.notFinished': 'The synchronization did not finish — try again.',
  'sync.lost.errorTitle': 'Downloading your data again',
  'sync.lost.restored': 'Your CRM data was downloaded again from Siebel.',
  'sync.lost.ok': 'OK',
} as const;
