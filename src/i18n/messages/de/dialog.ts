import type { dialog as english } from '../en/dialog';

export const dialog: Record<keyof typeof english, string> = {
  'dialog.login.pageTitle': 'Bei CRM Desktop anmelden',
  'dialog.login.title': 'Zum Synchronisieren anmelden',
  'dialog.login.who': 'Siebel-Benutzer {user}',
  'dialog.login.submit': 'Anmelden und synchronisieren',
};
