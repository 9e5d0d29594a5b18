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
  'app.offline': 'Offline: automatic synchronization resumes when the network returns.',
  'app.loadingView': 'Loading {view}…',
  'app.deploymentProblem.title': 'CRM Desktop cannot start',
} as const;
