import type { dialog as english } from '../en/dialog';

export const dialog: Record<keyof typeof english, string> = {
  'dialog.login.pageTitle': 'Iniciar sesión en CRM Desktop',
  'dialog.login.title': 'Inicie sesión para sincronizar',
  'dialog.login.who': 'Usuario de Siebel {user}',
  'dialog.login.submit': 'Iniciar sesión y sincronizar',
};
