/** English messages of the task pane's frame (title, tabs, offline line): the source every other catalog translates (ICU MessageFormat). */
export const app = {
  'app.title': 'CRM Desktop',
  'app.tabs.label': 'CRM Desktop views',
  'app.tab.records': 'Records',
  'app.tab.email': 'Current email',
  'app.tab.sync': 'Sync',
  'app.tab.issues': 'Issues',
  'app.tab.options': 'Options',
  'app.tab.issues.badge': '{count, number} open',
  'app.tabs.more': '{count, plural, one {# more view} other {# more views}}',

  /* The status line at the bottom of the pane */
  'app.status.label': 'Synchronization status',
  'app.status.never': 'Never synced',
  'app.status.syncedJustNow': 'Synced just now',
  'app.status.synced': 'Synced {when}',
  'app.status.failedJustNow': 'Sync failed just now',
  'app.status.failed': 'Sync failed {when}',
  'app.status.syncing': 'Syncing…',
  'app.status.syncingShare': 'Syncing… {share, number, ::percent}',
  'app.status.pending': '{count, number} unsent',
  'app.status.pending.hint':
    '{count, plural, one {# change made here is not yet in Siebel.} other {# changes made here are not yet in Siebel.}} Open the Sync tab.',
  'app.status.issues': '{count, plural, one {# issue} other {# issues}}',
  'app.status.issues.hint': 'Changes Siebel could not take as they are. Open the Issues tab to decide.',
  'app.status.offline': 'Offline',
  'app.status.announce.syncing': 'Synchronizing…',
  'app.status.announce.synced': 'Synchronized.',
  'app.status.announce.failed': 'The last synchronization failed: see the Sync tab.',
  'app.status.announce.issues':
    '{count, plural, one {# synchronization issue needs your decision.} other {# synchronization issues need your decision.}}',
  'app.offline': 'Offline: automatic synchronization resumes when the network returns.',
  'app.loadingView': 'Loading {view}…',
  'app.deploymentProblem.title': 'CRM Desktop cannot start',
} as const;
