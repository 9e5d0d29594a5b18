/** English words that several screens of the wizard, Options and the sign-in window share (ICU MessageFormat). */
export const common = {
  'common.back': 'Back',
  'common.next': 'Next',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.tryAgain': 'Try again',
  'common.serverUrl': 'Siebel Server URL',
  'common.userName': 'User name',
  'common.password': 'Password',
  'common.rememberPassword': 'Remember password on this computer',
  'common.setByAdministrator': 'Set by your CRM administrator',
} as const;
