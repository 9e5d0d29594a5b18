import type { records as english } from '../en/records';

export const records: Record<keyof typeof english, string> = {
  'records.labelCase.inSentence': 'lower',
  'records.nameList.type': 'unit',
  'records.loading': 'Chargement…',
  'records.data.opening': 'Ouverture de vos données CRM',
  'records.data.openFailed': 'Impossible d’ouvrir vos données CRM locales : {details}',
  'records.data.none':
    'Aucune donnée CRM pour le moment. Lancez la première synchronisation dans l’onglet Synchronisation ; vos comptes, contacts et autres données apparaîtront ensuite ici.',
  'records.typePicker.label': 'Afficher',
  'records.new': 'Nouveau : {type}',
  'records.notStored': '{label} : ces éléments ne sont pas stockés localement.',
  'records.backTo': 'Retour à la liste {label}',
  'records.list.search': 'Rechercher des {label}',
  'records.list.loading': 'Chargement des enregistrements',
  'records.list.readFailed': 'Impossible de lire les données locales ({label}).',
  'records.list.noMatches': 'Aucun résultat commençant par « {search} » parmi les {label}.',
  'records.list.matches': 'Résultats pour « {search} »',
  'records.list.empty': 'Aucun élément synchronisé pour l’instant parmi les {label}.',
  'records.list.count': '{count, plural, one {# {singular}} other {# {plural}}}',
  'records.pendingDeletions': 'Suppressions en attente de synchronisation : {names}',
  'records.detail.back': 'Retour',
  'records.detail.edit': 'Modifier',
  'records.detail.openInSiebel': 'Ouvrir dans Siebel',
  'records.detail.loading': 'Chargement de l’enregistrement',
  'records.detail.readFailed': 'Impossible de lire l’enregistrement.',
  'records.detail.goneSent':
    'Cet enregistrement ne figure plus dans vos données locales (il a été envoyé à Siebel et a reçu son ID Siebel : rouvrez-le depuis la liste).',
  'records.detail.goneRemoved':
    'Cet enregistrement ne figure plus dans vos données locales (il a peut-être été supprimé lors de la dernière synchronisation).',
  'records.value.yes': 'Oui',
  'records.value.no': 'Non',
  'records.reference.notLocal': 'Absent de vos données locales',
  'records.related.qualified': '{label} ({field})',
  'records.related.heading': '{list} ({count, number})',
  'records.related.readFailed': 'Impossible de lire les {list}.',
  'records.related.none': 'Aucun',
  'records.related.more':
    'et {count, plural, one {# autre} other {# autres}} — recherchez dans la liste des {label} pour les trouver',
  'records.failure.advice': '{title}. {whatToDo}',
  'records.failure.details': 'Détails : {details}',
};
