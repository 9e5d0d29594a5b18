import type { dialog as english } from '../en/dialog';

export const dialog: Record<keyof typeof english, string> = {
  'dialog.login.pageTitle': 'CRM Desktop にサインイン',
  'dialog.login.title': '同期するにはサインインしてください',
  'dialog.login.who': 'Siebel ユーザー {user}',
  'dialog.login.submit': 'サインインして同期',
};
