import type { search as english } from '../en/search';

export const search: Record<keyof typeof english, string> = {
  'search.box.label': 'Alle Datensätze durchsuchen',
  'search.box.placeholder': 'Firmen, Kontakte, alle Datensätze durchsuchen',
  'search.results.label': 'Suchergebnisse',
  'search.results.searching': 'Suche läuft…',
  'search.results.summary':
    '{count, plural, one {# Datensatz gefunden} other {# Datensätze gefunden}} in {groups, plural, one {# Typ} other {# Typen}}',
  'search.results.summaryMore':
    'Mehr als {count, number} Datensätze gefunden in {groups, plural, one {# Typ} other {# Typen}}',
  'search.results.group': '{label} ({count, number})',
  'search.results.groupMore': '{label} ({count, number}+)',
  'search.results.showMore': 'Mehr {label} anzeigen',
  'search.results.none': 'Nichts passt zu „{text}“.',
  'search.results.noneHint':
    'Die Suche findet Wortanfänge in Namen, E-Mail-Adressen und Telefonnummern. Versuchen Sie ein Wort oder weniger Buchstaben, oder blättern Sie unten in einem Typ.',
  'search.results.clear': 'Suche löschen',
  'search.results.readFailed': 'Die Suche in Ihren lokalen Datensätzen ist fehlgeschlagen.',
  'search.results.favourite': 'Favorit',
  'search.home.favourites': 'Favoriten',
  'search.home.recent': 'Zuletzt geöffnet',
  'search.home.showAll': 'Alle {count, number} anzeigen',
  'search.home.showFewer': 'Weniger anzeigen',
  'search.home.hint':
    'Hier stehen die Datensätze, die Sie öffnen. Markieren Sie einen mit dem Stern, damit er oben bleibt.',
  'search.home.readFailed': 'Ihre zuletzt geöffneten und favorisierten Datensätze konnten nicht gelesen werden.',
  'search.favourite.toggle': 'Favorit',
  'search.favourite.on': 'In Ihren Favoriten: klicken, um ihn zu entfernen',
  'search.favourite.off': 'Zu Ihren Favoriten hinzufügen, oben unter „Datensätze“ angezeigt',
  'search.favourite.failed': 'Der Favorit konnte nicht gespeichert werden.',
  'search.loading': 'Ihre Datensätze werden geladen',
  'search.noData.title': 'Noch keine CRM-Daten auf diesem Computer',
  'search.noData.body':
    'Synchronisieren Sie, um Ihre Firmen, Kontakte, Verkaufschancen und Aktivitäten herunterzuladen. Sie bleiben auch offline verfügbar.',
  'search.noData.syncNow': 'Jetzt synchronisieren',
  'search.noData.running': 'Synchronisierung läuft… Ihre Datensätze erscheinen hier, sobald sie fertig ist.',
  'search.list.everywhere': 'In allen Typen suchen',
  'search.list.clear': 'Suche löschen',
};
