import type { common as english } from '../en/common';

export const common: Record<keyof typeof english, string> = {
  'common.back': 'Zurück',
  'common.next': 'Weiter',
  'common.cancel': 'Abbrechen',
  'common.save': 'Speichern',
  'common.tryAgain': 'Erneut versuchen',
  'common.serverUrl': 'Siebel-Server-URL',
  'common.userName': 'Benutzername',
  'common.password': 'Kennwort',
  'common.rememberPassword': 'Kennwort auf diesem Computer speichern',
  'common.setByAdministrator': 'Von Ihrem CRM-Administrator festgelegt',
};
