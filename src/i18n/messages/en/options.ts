/** English messages of Options (login, automatic sync, local data): the source every other catalog translates (ICU MessageFormat). */
export const options = {
  'options.form': 'Options',
  'options.passwordHint.keep': 'Leave empty to keep the current password.',
  'options.passwordHint.needed': 'Needed to synchronize.',
  'options.signOut': 'Sign out',
  'options.diagnostics.title': 'Diagnostic report',
  'options.diagnostics.hint':
    'For the helpdesk: versions, settings and the last synchronizations. It contains no password and no CRM data.',
  'options.diagnostics.copy': 'Copy diagnostic report',
  'options.diagnostics.copied':
    'The diagnostic report is on the clipboard. Paste it into your message to the helpdesk.',
  'options.diagnostics.copyFailed': 'The report could not be copied automatically. Select the text below and copy it.',
  'options.diagnostics.failed': 'The diagnostic report could not be created',
  'options.diagnostics.text': 'Diagnostic report text',
  'options.support': 'Help: {contact}',
  'options.saved': 'Options saved.',
  'options.signedOut': 'Signed out: the password is forgotten on this computer.',
  'options.errorTitle': 'Options',
  'options.missingFields': 'Enter the server URL and the user name.',
  'options.passwordForNewLogin': 'Enter the password of {userName}: a new user or server needs a full synchronization.',
  'options.currentPasswordUnknown':
    'The password of {userName} is not known: choose Keep current, save that password, then send the changes.',
  'options.currentPasswordUnknown.noUser':
    'The password of the current user is not known: choose Keep current, save that password, then send the changes.',
  'options.sendNotFinished': 'Sending the changes did not finish — try again, or agree to discard them.',
  'options.resynced': 'Synchronized the data of {userName}.',
  'options.resyncNotFinished': 'The full synchronization did not finish — start it again from the Sync tab.',

  'options.autoSync.label': 'Automatic synchronization',
  'options.autoSync.hint':
    'While this pane is open, and about 20 seconds after your last edit; paused when you are offline.',
  'options.autoSync.off': 'Off',
  'options.autoSync.minutes': '{minutes, plural, one {Every # minute} other {Every # minutes}}',
  'options.autoSync.hours': '{hours, plural, one {Every hour} other {Every # hours}}',

  'options.identity.errorTitle': 'Full synchronization',
  'options.identity.passwordOf': 'Password of {userName}',
  'options.identity.passwordFirst': 'Enter the password of {userName} first.',
  'options.identity.synchronizeNow': 'Synchronize now',
  'options.identity.notFinished': 'The synchronization did not finish — try again.',

  'options.resync.title': 'Full synchronization needed',
  'options.resync.who': '{userName} on {server}',
  'options.resync.replace':
    'The CRM data on this computer belongs to {current}. Because the user name or server changes to {next}, all CRM data must be downloaded again, and the local data will be replaced.',
  'options.resync.download': 'All CRM data of {next} will be downloaded.',
  'options.resync.pending.checking': 'Checking for local changes not yet sent to Siebel…',
  'options.resync.pending.none': 'No local changes are waiting to be sent to Siebel, so nothing is lost.',
  'options.resync.pending':
    '{count, plural, one {# local change has not been sent to Siebel yet and would be lost.} other {# local changes have not been sent to Siebel yet and would be lost.}}',
  'options.resync.sendOrDiscard': 'Send them to Siebel first with the current login, or agree to discard them.',
  'options.resync.discard': '{count, plural, one {Discard # unsent change} other {Discard # unsent changes}}',
  'options.resync.keepSeeing': 'You keep seeing the current data until the new synchronization has finished.',
  'options.resync.sendFirst': 'Send changes first',
  'options.resync.confirm': 'Change and synchronize',
  'options.resync.keepCurrent': 'Keep current',

  'options.storage.title': 'Data on this computer',
  'options.storage.asking': 'Asking the browser about its storage',
  'options.storage.errorTitle': 'Browser storage',
  'options.storage.errorWhatToDo':
    'Your CRM data still works. If this keeps happening, check that this site may store data, or tell your administrator.',
  'options.storage.persistent': 'Kept until you remove it',
  'options.storage.bestEffort': 'The browser may clear it when space runs low',
  'options.storage.unknown': 'This Outlook does not say whether it keeps it',
  'options.storage.meaning.persistent':
    "The browser does not delete it to free space. Clearing the Office cache or the browser's data for this site deletes it anyway, with any changes not yet sent to Siebel.",
  'options.storage.meaning.other':
    "When the disk runs low, the browser may delete it without asking: your CRM data can be downloaded again, but changes not yet sent to Siebel would be lost. Clearing the Office cache or the browser's data for this site deletes it anyway, with any changes not yet sent to Siebel.",
  'options.storage.unsent.none': 'Every change you made here has been sent to Siebel.',
  'options.storage.unsent':
    '{count, plural, one {# change exists only on this computer until the next synchronization sends it to Siebel.} other {# changes exist only on this computer until the next synchronization sends them to Siebel.}}',
  'options.storage.used': '{used} used',
  'options.storage.usedOfQuota': '{used} used of {quota} the browser allows',
  'options.storage.copies': 'Outlook on the web, the new Outlook and classic Outlook each keep their own copy.',
  'options.storage.askToKeep': 'Ask the browser to keep it',
  'options.storage.declined':
    'The browser said no for now: it decides by its own rules, such as how often you use the add-in.',
} as const;
