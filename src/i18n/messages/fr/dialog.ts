import type { dialog as english } from '../en/dialog';

export const dialog: Record<keyof typeof english, string> = {
  'dialog.login.pageTitle': 'Se connecter à CRM Desktop',
  'dialog.login.title': 'Connectez-vous pour synchroniser',
  'dialog.login.who': 'Utilisateur Siebel {user}',
  'dialog.login.submit': 'Se connecter et synchroniser',
};
