import type { edit as english } from '../en/edit';

export const edit: Record<keyof typeof english, string> = {
  'edit.pending': 'Pas encore synchronisé',
  'edit.save': 'Enregistrer',
  'edit.cancel': 'Annuler',
  'edit.delete': 'Supprimer',
  'edit.delete.title': 'Supprimer « {name} » ?',
  'edit.delete.neverSent':
    'Cet enregistrement n’a jamais été envoyé à Siebel ; il est donc simplement supprimé de cet ordinateur.',
  'edit.delete.explain':
    'Il disparaît immédiatement de vos données CRM dans Outlook et sera supprimé dans Siebel lors de la prochaine synchronisation. D’ici là, la suppression reste en attente sur cet ordinateur.',
  'edit.delete.confirm': 'Supprimer dans Siebel et Outlook',
  'edit.delete.failed': 'Non supprimé',
  'edit.field.setBySiebel': 'Défini par Siebel',
  'edit.picklist.none': '(aucun)',
  'edit.reference.placeholder': 'Tapez pour rechercher',
  'edit.reference.searching': 'Recherche…',
  'edit.reference.noMatches': 'Aucun enregistrement correspondant',
  'edit.notDescribed': 'Impossible de modifier les enregistrements de type {type} : le package ne les décrit pas.',
  'edit.gone': 'Cet enregistrement ne figure plus dans vos données locales ; il ne peut donc pas être modifié.',
  'edit.title.new': 'Nouveau : {type}',
  'edit.title.edit': 'Modifier « {name} »',
  'edit.form.notSaved': 'Non enregistré',
  'edit.form.saveFailed': 'Échec de l’enregistrement',
  'edit.failure': '{title}. {whatToDo} Détails : {details}',
  'edit.form.note':
    'Enregistré immédiatement sur cet ordinateur, puis envoyé à Siebel lors de la prochaine synchronisation.',
  'edit.problem.number': 'Entrez un nombre sans séparateur de milliers, par exemple 1250 ou {example}.',
  'edit.problem.date': 'Entrez une date.',
  'edit.problem.dateTime': 'Entrez une date et une heure.',
};
