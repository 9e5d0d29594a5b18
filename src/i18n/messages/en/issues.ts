/** English messages of the issues area (the Issues tab and its cards): the source every other catalog translates (ICU MessageFormat). */
export const issues = {
  'issues.opening': 'Opening your CRM data',
  'issues.openFailed': 'Your local CRM data could not be opened: {error}',
  'issues.title': 'Synchronization issues',
  'issues.reading': 'Reading the synchronization issues',
  'issues.readFailed': 'Reading the synchronization issues failed: {error}',
  'issues.none': 'No synchronization issues',
  'issues.none.detail':
    'Nothing needs your decision. Changes you make here go to Siebel with the next synchronization.',
  'issues.sentNext': 'What you choose here is sent to Siebel at the next synchronization.',
  'issues.list': 'Open issues',

  /* An issue card */
  'issues.kind.failure': 'Not sent',
  'issues.kind.fieldConflict': 'Conflict',
  'issues.kind.deletedInSiebel': 'Deleted in Siebel',
  'issues.kind.deletedHere': 'Changed in Siebel',
  'issues.kind.duplicate': 'Possible duplicate',
  'issues.action.retry': 'Retry',
  'issues.action.recreate': 'Create it again',
  'issues.action.acceptDeletion': 'Accept the deletion',
  'issues.action.deleteAnyway': 'Delete anyway',
  'issues.action.keepSiebel': "Keep Siebel's record",
  'issues.action.createAnyway': 'Create anyway',
  'issues.action.discard': 'Discard my change',
  'issues.resolveFailed': 'This issue could not be resolved: {error}',

  /* The fields changed on both sides */
  'issues.conflict.label': 'Conflicting fields',
  'issues.conflict.field': 'Field',
  'issues.conflict.mine': 'My value',
  'issues.conflict.siebel': "Siebel's value",
  'issues.conflict.choice':
    "{side, select, local {My value for {field}: {value}} other {Siebel's value for {field}: {value}}}",
  'issues.conflict.empty': '(empty)',
  'issues.conflict.apply': 'Apply',
  'issues.conflict.left': 'Choose a value for each field ({count, number} left).',

  /* The records a new one may duplicate */
  'issues.duplicate.gone': 'The matching record is no longer there.',
  'issues.duplicate.label': 'Existing records',
  'issues.duplicate.inSiebel': 'In Siebel',
  'issues.duplicate.onThisComputer': 'On this computer',
  'issues.duplicate.use': 'Use this record',
} as const;
