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
  'app.tabs.more': '{count, plural, one {# weitere Ansicht} other {# weitere Ansichten}}',

  /* Die Statuszeile unten im Bereich */
  'app.status.label': 'Synchronisierungsstatus',
  'app.status.never': 'Noch nie synchronisiert',
  'app.status.syncedJustNow': 'Gerade synchronisiert',
  'app.status.synced': 'Synchronisiert {when}',
  'app.status.failedJustNow': 'Synchronisierung gerade fehlgeschlagen',
  'app.status.failed': 'Synchronisierung fehlgeschlagen {when}',
  'app.status.syncing': 'Wird synchronisiert…',
  'app.status.syncingShare': 'Wird synchronisiert… {share, number, ::percent}',
  'app.status.pending': '{count, number} nicht gesendet',
  'app.status.pending.hint':
    '{count, plural, one {# hier vorgenommene Änderung ist noch nicht in Siebel.} other {# hier vorgenommene Änderungen sind noch nicht in Siebel.}} Öffnen Sie die Registerkarte „Synchronisierung“.',
  'app.status.issues': '{count, plural, one {# Problem} other {# Probleme}}',
  'app.status.issues.hint':
    'Änderungen, die Siebel so nicht übernehmen konnte. Entscheiden Sie auf der Registerkarte „Probleme“.',
  'app.status.offline': 'Offline',
  'app.status.announce.syncing': 'Wird synchronisiert…',
  'app.status.announce.synced': 'Synchronisiert.',
  'app.status.announce.failed':
    'Die letzte Synchronisierung ist fehlgeschlagen: siehe Registerkarte „Synchronisierung“.',
  'app.status.announce.issues':
    '{count, plural, one {# Synchronisierungsproblem wartet auf Ihre Entscheidung.} other {# Synchronisierungsprobleme warten auf Ihre Entscheidung.}}',
  'app.offline':
    'Offline: Die automatische Synchronisierung wird fortgesetzt, sobald das Netzwerk wieder verfügbar ist.',
  'app.loadingView': '{view} wird geladen…',
  'app.deploymentProblem.title': 'CRM Desktop kann nicht starten',
};
