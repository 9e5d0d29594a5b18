/** English messages of the first-run wizard: the source every other catalog translates (ICU MessageFormat). */
export const wizard = {
  'wizard.position': 'Step {step} of {total}',
  'wizard.loadingStep': 'Loading the next step…',

  'wizard.welcome.title': 'Welcome to CRM Desktop',
  'wizard.welcome.intro':
    'CRM Desktop brings your Siebel accounts, contacts, opportunities and activities into Outlook, so you can work with them next to your e-mail, even offline.',
  'wizard.welcome.needs': 'You need the address of your Siebel Server and your Siebel user name and password.',
  'wizard.welcome.start': 'Get started',

  'wizard.server.title': 'Siebel Server',
  'wizard.server.intro':
    "Enter the address of your company's Siebel EAI endpoint. Your administrator can tell you; it starts with https://.",
  'wizard.server.test': 'Test connection',
  'wizard.server.testing': 'Testing…',
  'wizard.server.ok': 'Connection OK: {details}.',
  'wizard.server.failed': 'Connection test failed',
  'wizard.server.problem.invalidUrl':
    'Check the address: it must be a complete URL that starts with https://. Your administrator can give it to you.',
  'wizard.server.problem.unreachable':
    'Check the address and your network connection. If both are right, the server may be down: ask your administrator.',
  'wizard.server.problem.tls':
    "This computer does not trust the server's certificate. Contact your administrator or IT department.",
  'wizard.server.problem.cors':
    'The server answered but does not allow CRM Desktop to connect. Contact your administrator.',
  'wizard.server.problem.timeout':
    'The server did not answer in time. Check the address, or try again in a few minutes.',
  'wizard.server.problem.httpStatus':
    'The server answered with an error. Check that the address is the Siebel EAI endpoint your administrator gave you.',
  'wizard.server.problem.notSiebel':
    'This address is not a Siebel EAI endpoint. Check the address with your administrator.',

  'wizard.credentials.title': 'Sign in',
  'wizard.credentials.intro':
    'Your Siebel user name and password. The password stays on this computer and is sent only to your Siebel Server.',
  'wizard.credentials.submit': 'Sign in',
  'wizard.credentials.busy': 'Signing in…',
  'wizard.credentials.userNameMissing': 'Enter your Siebel user name.',
  'wizard.credentials.passwordMissing': 'Enter your password.',
  'wizard.credentials.failed': 'Could not sign in',

  'wizard.package.title': 'Your CRM package',
  'wizard.package.intro': 'Siebel assigned the package "{name}" ({packageId}) to your responsibility.',
  'wizard.package.objects': 'It synchronizes these objects to this computer:',
  'wizard.package.start': 'Start synchronization',
  'wizard.package.saveFailed': 'Could not save your login options',
  'wizard.preset.label': 'Synchronization filter',
  'wizard.preset.option':
    '{name}{recommended, select, yes { (recommended)} other {}}{unavailable, select, yes { (unavailable)} other {}}',
  'wizard.preset.unavailable': 'Cannot be used: {reason}',
  'wizard.packageDetails.title': 'Package details ({count, plural, one {# note} other {# notes}})',
  'wizard.packageDetails.list': 'What the add-in does not use in this package',

  'wizard.firstSync.title': 'First synchronization',
  'wizard.firstSync.intro': 'Your CRM data is downloaded to this computer. This can take a few minutes the first time.',
  'wizard.firstSync.cancelledTitle': 'Synchronization cancelled',
  'wizard.firstSync.cancelled':
    'You cancelled the synchronization. Nothing was replaced; start it again when you are ready.',
  'wizard.firstSync.failedTitle': 'Synchronization failed',
  'wizard.firstSync.notStarted': 'The synchronization could not start — try again.',

  'wizard.done.title': 'You are all set',
  'wizard.done.intro':
    "Your CRM data is on this computer ({seconds, number} s). It is kept up to date automatically while this pane is open, and with the Sync button in Outlook's ribbon.",
  'wizard.done.open': 'Open my CRM data',
  'wizard.done.table': 'Downloaded records',
  'wizard.done.object': 'Object',
  'wizard.done.records': 'Records',
} as const;
