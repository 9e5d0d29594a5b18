/** English messages of the sign-in window the ribbon's Sync opens: the source every other catalog translates (ICU MessageFormat). */
export const dialog = {
  'dialog.login.pageTitle': 'Sign in to CRM Desktop',
  'dialog.login.title': 'Sign in to synchronize',
  'dialog.login.who': 'Siebel user {user}',
  'dialog.login.submit': 'Sign in and synchronize',
} as const;
