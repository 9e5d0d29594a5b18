import type { common as english } from '../en/common';

export const common: Record<keyof typeof english, string> = {
  'common.back': 'Précédent',
  'common.next': 'Suivant',
  'common.cancel': 'Annuler',
  'common.save': 'Enregistrer',
  'common.tryAgain': 'Réessayer',
  'common.serverUrl': 'URL du serveur Siebel',
  'common.userName': 'Nom d’utilisateur',
  'common.password': 'Mot de passe',
  'common.rememberPassword': 'Mémoriser le mot de passe sur cet ordinateur',
  'common.setByAdministrator': 'Défini par votre administrateur CRM',
};
