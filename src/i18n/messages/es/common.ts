import type { common as english } from '../en/common';

export const common: Record<keyof typeof english, string> = {
  'common.back': 'Atrás',
  'common.next': 'Siguiente',
  'common.cancel': 'Cancelar',
  'common.save': 'Guardar',
  'common.tryAgain': 'Reintentar',
  'common.serverUrl': 'URL del servidor Siebel',
  'common.userName': 'Nombre de usuario',
  'common.password': 'Contraseña',
  'common.rememberPassword': 'Recordar la contraseña en este equipo',
  'common.setByAdministrator': 'Establecido por su administrador de CRM',
};
