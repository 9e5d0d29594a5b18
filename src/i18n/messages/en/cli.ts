/**
 * English messages of the `crm-desktop-sync` command (progress lines, the summary, password and
 * file errors): the source every other catalog translates (ICU MessageFormat). Its `--help` text
 * and the errors about the command line itself stay English (src/cli/parseCliArgs.ts says why).
 * Numbers here are plain digits (`{count}`, no grouping), as a log or a script expects them.
 */
export const cli = {
  /** A progress line: the engine's phase and TypeId stay as they are (they name what a log reader looks up). */
  'cli.progress.phase': '{phase} ({seconds, number, ::.0 group-off} s)',
  'cli.progress.type':
    '{total, select, known {{phase} {type}: {written}/{expected} records, {pages} pages ({seconds, number, ::.0 group-off} s)} other {{phase} {type}: {written} records, {pages} pages ({seconds, number, ::.0 group-off} s)}}',

  /* The summary table (labels are padded to one column) */
  'cli.summary.column.object': 'Object',
  'cli.summary.column.added': 'Added',
  'cli.summary.column.changed': 'Changed',
  'cli.summary.column.removed': 'Removed',
  'cli.summary.column.total': 'Total',
  'cli.summary.synchronization': 'Synchronization:',
  /** `kind`: initial or incremental; `reason`: the engine's reason for an initial run (firstUse…), or empty. */
  'cli.summary.run':
    '{kind, select, initial {initial} incremental {incremental} other {-}}{reason, select, none {} other { ({reason})}}, {outcome, select, succeeded {succeeded} failed {failed} cancelled {cancelled} other {{outcome}}}',
  'cli.summary.packageId': 'Package id:',
  'cli.summary.hash': 'Hash:',
  'cli.summary.duration': 'Duration:',
  'cli.summary.durationValue': '{seconds, number, ::.00 group-off} s',
  'cli.summary.sessions': 'Sessions:',
  'cli.summary.sessionsValue': '{opened} opened, {closed} closed',
  'cli.summary.sessionsPeakValue': '{opened} opened, {closed} closed, at most {peak} at once',
  'cli.summary.requests': 'Requests:',
  'cli.summary.requestsValue': '{requests} ({sent} sent, {received} received)',
  'cli.summary.calls': 'Calls:',
  'cli.summary.callsValue':
    '{metadata} metadata, {queries} queries, {batches} uploads, {logoffs} logoffs; {retries} of them repeated after a failure',
  'cli.summary.sent': 'Sent:',
  'cli.summary.sentValue': '{inserted} new, {updated} changed, {deleted} deleted, {issues} not sent (issues)',
  'cli.summary.issues': 'Issues ({count}):',
  'cli.summary.error': 'Error ({code}): {message}',
  /** Byte counts in powers of 1,024; `value` has one decimal ("4.2"), except bytes. */
  'cli.bytes.B': '{value} B',
  'cli.bytes.KB': '{value} KB',
  'cli.bytes.MB': '{value} MB',
  'cli.bytes.GB': '{value} GB',

  /* Password and files */
  'cli.password.prompt': 'Password: ',
  'cli.password.missing':
    'No password: the environment variable {name} is not set and stdin is not a terminal — set {name} or name another variable with --password-env',
  'cli.password.cancelled': 'Password entry cancelled: Ctrl+C — run the command again',
  'cli.interrupted': 'Interrupted (Ctrl+C)',
  'cli.deployment.unreadable':
    'The deployment file {path} cannot be read ({error}) — check the path given to --deployment',
  'cli.deployment.notJson': 'The deployment file {path} is not valid JSON: {error}',
  'cli.whatToDo': 'What to do: {whatToDo}',
} as const;
