import type { issues as english } from '../en/issues';

export const issues: Record<keyof typeof english, string> = {
  'issues.opening': 'Ouverture de vos données CRM',
  'issues.openFailed': 'Impossible d’ouvrir vos données CRM locales : {error}',
  'issues.title': 'Problèmes de synchronisation',
  'issues.reading': 'Lecture des problèmes de synchronisation',
  'issues.readFailed': 'Impossible de lire les problèmes de synchronisation : {error}',
  'issues.none': 'Aucun problème de synchronisation',
  'issues.none.detail':
    'Rien n’attend votre décision. Vos modifications faites ici partent vers Siebel à la prochaine synchronisation.',
  'issues.sentNext': 'Vos choix ici sont envoyés à Siebel lors de la prochaine synchronisation.',
  'issues.list': 'Problèmes en attente',

  'issues.kind.failure': 'Non envoyé',
  'issues.kind.fieldConflict': 'Conflit',
  'issues.kind.deletedInSiebel': 'Supprimé dans Siebel',
  'issues.kind.deletedHere': 'Modifié dans Siebel',
  'issues.kind.duplicate': 'Doublon possible',
  'issues.action.retry': 'Réessayer',
  'issues.action.recreate': 'Le recréer',
  'issues.action.acceptDeletion': 'Accepter la suppression',
  'issues.action.deleteAnyway': 'Supprimer quand même',
  'issues.action.keepSiebel': 'Conserver l’enregistrement Siebel',
  'issues.action.createAnyway': 'Créer quand même',
  'issues.action.discard': 'Annuler ma modification',
  'issues.resolveFailed': 'Impossible de résoudre ce problème : {error}',

  'issues.conflict.label': 'Champs en conflit',
  'issues.conflict.field': 'Champ',
  'issues.conflict.mine': 'Ma valeur',
  'issues.conflict.siebel': 'Valeur dans Siebel',
  'issues.conflict.choice':
    '{side, select, local {Ma valeur pour {field} : {value}} other {Valeur dans Siebel pour {field} : {value}}}',
  'issues.conflict.empty': '(vide)',
  'issues.conflict.apply': 'Appliquer',
  'issues.conflict.left':
    '{count, plural, one {Choisissez une valeur pour chaque champ (# restant).} other {Choisissez une valeur pour chaque champ (# restants).}}',

  'issues.duplicate.gone': 'L’enregistrement correspondant n’existe plus.',
  'issues.duplicate.label': 'Enregistrements existants',
  'issues.duplicate.inSiebel': 'Dans Siebel',
  'issues.duplicate.onThisComputer': 'Sur cet ordinateur',
  'issues.duplicate.use': 'Utiliser cet enregistrement',
};
