import type { app as english } from '../en/app';

export const app: Record<keyof typeof english, string> = {
  'app.title': 'CRM Desktop',
  'app.tabs.label': 'Vues de CRM Desktop',
  'app.tab.records': 'Enregistrements',
  'app.tab.email': 'E-mail actuel',
  'app.tab.sync': 'Synchronisation',
  'app.tab.issues': 'Problèmes',
  'app.tab.options': 'Options',
  'app.tab.issues.badge': '{count, plural, one {# ouvert} other {# ouverts}}',
  'app.tabs.more': '{count, plural, one {# autre vue} other {# autres vues}}',

  /* La ligne d’état en bas du volet */
  'app.status.label': 'État de la synchronisation',
  'app.status.never': 'Jamais synchronisé',
  'app.status.syncedJustNow': 'Synchronisé à l’instant',
  'app.status.synced': 'Synchronisé {when}',
  'app.status.failedJustNow': 'Échec de la synchronisation à l’instant',
  'app.status.failed': 'Échec de la synchronisation {when}',
  'app.status.syncing': 'Synchronisation…',
  'app.status.syncingShare': 'Synchronisation… {share, number, ::percent}',
  'app.status.pending': '{count, plural, one {# non envoyée} other {# non envoyées}}',
  'app.status.pending.hint':
    '{count, plural, one {# modification faite ici n’est pas encore dans Siebel.} other {# modifications faites ici ne sont pas encore dans Siebel.}} Ouvrez l’onglet Synchronisation.',
  'app.status.issues': '{count, plural, one {# problème} other {# problèmes}}',
  'app.status.issues.hint':
    'Des modifications que Siebel n’a pas pu accepter telles quelles. Ouvrez l’onglet Problèmes pour décider.',
  'app.status.offline': 'Hors connexion',
  'app.status.announce.syncing': 'Synchronisation…',
  'app.status.announce.synced': 'Synchronisé.',
  'app.status.announce.failed': 'La dernière synchronisation a échoué : voir l’onglet Synchronisation.',
  'app.status.announce.issues':
    '{count, plural, one {# problème de synchronisation attend votre décision.} other {# problèmes de synchronisation attendent votre décision.}}',
  'app.offline': 'Hors connexion : la synchronisation automatique reprendra dès le retour du réseau.',
  'app.loadingView': 'Chargement : {view}…',
  'app.deploymentProblem.title': 'CRM Desktop ne peut pas démarrer',
};
