import type { app as english } from '../en/app';

export const app: Record<keyof typeof english, string> = {
  'app.title': 'CRM Desktop',
  'app.tabs.label': 'Ansichten von CRM Desktop',
  'app.tab.records': 'Datensätze',
  'app.tab.email': 'Aktuelle E-Mail',
  'app.tab.sync': 'Synchronisierung',
  'app.tab.issues': 'Probleme',
  'app.tab.options': 'Optionen',
  'app.tab.issues.badge': '{count, number} offen',
  'app.offline':
    'Offline: Die automatische Synchronisierung wird fortgesetzt, sobald das Netzwerk wieder verfügbar ist.',
  'app.loadingView': '{view} wird geladen…',
  'app.deploymentProblem.title': 'CRM Desktop kann nicht starten',
};
