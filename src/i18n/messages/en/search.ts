/** English messages of the Records tab's home: one search for everything, recent and favourite records. */
export const search = {
  'search.box.label': 'Search all records',
  'search.box.placeholder': 'Search accounts, contacts, all records',
  'search.results.label': 'Search results',
  'search.results.searching': 'Searching…',
  'search.results.summary':
    '{count, plural, one {# record found} other {# records found}} in {groups, plural, one {# type} other {# types}}',
  'search.results.summaryMore':
    'More than {count, number} records found in {groups, plural, one {# type} other {# types}}',
  'search.results.group': '{label} ({count, number})',
  'search.results.groupMore': '{label} ({count, number}+)',
  'search.results.showMore': 'Show more {label}',
  'search.results.none': 'Nothing matches "{text}".',
  'search.results.noneHint':
    'The search finds the start of words in names, e-mail addresses and phone numbers. Try one word, fewer letters, or browse a type below.',
  'search.results.clear': 'Clear search',
  'search.results.readFailed': 'Searching your local records failed.',
  'search.results.favourite': 'Favourite',
  'search.home.favourites': 'Favourites',
  'search.home.recent': 'Recent',
  'search.home.showAll': 'Show all {count, number}',
  'search.home.showFewer': 'Show fewer',
  'search.home.hint': 'Records you open are listed here. Star a record to keep it at the top.',
  'search.home.readFailed': 'Reading your recent and favourite records failed.',
  'search.favourite.toggle': 'Favourite',
  'search.favourite.on': 'In your favourites: click to remove it',
  'search.favourite.off': 'Add to your favourites, shown first on Records',
  'search.favourite.failed': 'Saving the favourite failed.',
  'search.loading': 'Loading your records',
  'search.noData.title': 'No CRM data on this computer yet',
  'search.noData.body':
    'Synchronize to download your accounts, contacts, opportunities and activities. They stay available offline.',
  'search.noData.syncNow': 'Sync now',
  'search.noData.running': 'Synchronizing… your records appear here when it finishes.',
  'search.list.everywhere': 'Search all types',
  'search.list.clear': 'Clear search',
} as const;
