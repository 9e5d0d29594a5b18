/** English messages of the records area: the source every other catalog translates (ICU MessageFormat). */
export const records = {
  // Not shown: how a package label is written inside a sentence ("Search accounts"). `lower` where
  // common nouns are written in lower case (English, French, Spanish), `keep` otherwise (German, Japanese).
  'records.labelCase.inSentence': 'lower',
  // Not shown: the Intl.ListFormat type of a list of names in a sentence ("A, B, C"): `unit` or
  // `conjunction` (Japanese: CLDR's unit lists separate by spaces, its conjunction lists by "、").
  'records.nameList.type': 'unit',
  'records.loading': 'Loading…',
  'records.data.opening': 'Opening your CRM data',
  'records.data.openFailed': 'Your local CRM data could not be opened: {details}',
  'records.data.none':
    'No CRM data yet. Run the first synchronization on the Sync tab, then your accounts, contacts and more appear here.',
  'records.typePicker.label': 'Show',
  'records.new': 'New {type}',
  'records.notStored': '{label} are not stored locally.',
  'records.backTo': 'Back to {label}',
  'records.list.search': 'Search {label}',
  'records.list.loading': 'Loading records',
  'records.list.readFailed': 'Reading the local {label} failed.',
  'records.list.noMatches': 'No {label} start with "{search}".',
  'records.list.matches': 'Matches for "{search}"',
  'records.list.empty': 'No {label} synchronized yet.',
  'records.list.count': '{count, plural, one {# {singular}} other {# {plural}}}',
  'records.pendingDeletions': 'Deleted, not yet synchronized: {names}',
  'records.detail.back': 'Back',
  'records.detail.edit': 'Edit',
  'records.detail.openInSiebel': 'Open in Siebel',
  'records.detail.loading': 'Loading the record',
  'records.detail.readFailed': 'Reading the record failed.',
  'records.detail.goneSent':
    'This record is no longer in your local data (it was sent to Siebel and got its Siebel id: open it again from the list).',
  'records.detail.goneRemoved':
    'This record is no longer in your local data (it may have been removed by the last synchronization).',
  'records.value.yes': 'Yes',
  'records.value.no': 'No',
  'records.reference.notLocal': 'Not in your local data',
  'records.related.qualified': '{label} ({field})',
  'records.related.heading': '{list} ({count, number})',
  'records.related.readFailed': 'Reading {list} failed.',
  'records.related.none': 'None',
  'records.related.more': 'and {count, number} more — search the {label} list to find them',
  'records.failure.advice': '{title}. {whatToDo}',
  'records.failure.details': 'Details: {details}',
} as const;
