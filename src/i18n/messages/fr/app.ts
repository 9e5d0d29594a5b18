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
  'app.offline': 'Hors connexion : la synchronisation automatique reprendra dès le retour du réseau.',
  'app.loadingView': 'Chargement : {view}…',
  'app.deploymentProblem.title': 'CRM Desktop ne peut pas démarrer',
};
