import type { actions as english } from '../en/actions';

export const actions: Record<keyof typeof english, string> = {
  'actions.group': 'Actions pour {name}',
  'actions.email': 'E-mail',
  'actions.email.tooltip': 'Nouvel e-mail à {address}',
  'actions.email.failed': 'Outlook n’a pas ouvert de nouveau message à {address}.',
  'actions.email.mailto': 'L’écrire avec votre messagerie',
  'actions.call': 'Appeler',
  'actions.call.tooltip': 'Appeler le {number}',
  'actions.map': 'Carte',
  'actions.map.tooltip': 'Ouvrir une carte de {address} dans une nouvelle fenêtre',
  'actions.siebel.tooltip': 'Ouvrir cet enregistrement dans le client Web Siebel, dans une nouvelle fenêtre',
  'actions.copyId': 'Copier l’ID',
  'actions.copyId.tooltip': 'Copier l’ID Siebel {id}',
  'actions.copyValue': 'Copier : {label}',
  'actions.copied': 'Copié',
  'actions.copyRefused': 'Le navigateur n’a pas autorisé la copie. Sélectionnez le texte et appuyez sur Ctrl+C :',
  'actions.copyRefused.text': 'Texte à copier',
  'actions.dismiss': 'Fermer',
};
