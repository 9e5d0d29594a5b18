import type { issues as english } from '../en/issues';

export const issues: Record<keyof typeof english, string> = {
  'issues.opening': 'Ihre CRM-Daten werden geöffnet',
  'issues.openFailed': 'Ihre lokalen CRM-Daten konnten nicht geöffnet werden: {error}',
  'issues.title': 'Synchronisierungsprobleme',
  'issues.reading': 'Die Synchronisierungsprobleme werden gelesen',
  'issues.readFailed': 'Die Synchronisierungsprobleme konnten nicht gelesen werden: {error}',
  'issues.none': 'Keine Synchronisierungsprobleme',
  'issues.none.detail':
    'Nichts wartet auf Ihre Entscheidung. Ihre Änderungen hier gehen mit der nächsten Synchronisierung an Siebel.',
  'issues.sentNext': 'Ihre Auswahl hier wird bei der nächsten Synchronisierung an Siebel gesendet.',
  'issues.list': 'Offene Probleme',

  'issues.kind.failure': 'Nicht gesendet',
  'issues.kind.fieldConflict': 'Konflikt',
  'issues.kind.deletedInSiebel': 'In Siebel gelöscht',
  'issues.kind.deletedHere': 'In Siebel geändert',
  'issues.kind.duplicate': 'Mögliches Duplikat',
  'issues.action.retry': 'Wiederholen',
  'issues.action.recreate': 'Erneut erstellen',
  'issues.action.acceptDeletion': 'Löschung übernehmen',
  'issues.action.deleteAnyway': 'Trotzdem löschen',
  'issues.action.keepSiebel': 'Siebel-Datensatz behalten',
  'issues.action.createAnyway': 'Trotzdem erstellen',
  'issues.action.discard': 'Meine Änderung verwerfen',
  'issues.resolveFailed': 'Dieses Problem konnte nicht gelöst werden: {error}',

  'issues.conflict.label': 'Felder mit Konflikten',
  'issues.conflict.field': 'Feld',
  'issues.conflict.mine': 'Mein Wert',
  'issues.conflict.siebel': 'Wert in Siebel',
  'issues.conflict.choice':
    '{side, select, local {Mein Wert für {field}: {value}} other {Wert in Siebel für {field}: {value}}}',
  'issues.conflict.empty': '(leer)',
  'issues.conflict.apply': 'Übernehmen',
  'issues.conflict.left': 'Wählen Sie für jedes Feld einen Wert aus (noch {count, number}).',

  'issues.duplicate.gone': 'Der übereinstimmende Datensatz ist nicht mehr vorhanden.',
  'issues.duplicate.label': 'Vorhandene Datensätze',
  'issues.duplicate.inSiebel': 'In Siebel',
  'issues.duplicate.onThisComputer': 'Auf diesem Computer',
  'issues.duplicate.use': 'Diesen Datensatz verwenden',
};
