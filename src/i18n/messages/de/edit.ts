import type { edit as english } from '../en/edit';

export const edit: Record<keyof typeof english, string> = {
  'edit.pending': 'Noch nicht synchronisiert',
  'edit.save': 'Speichern',
  'edit.cancel': 'Abbrechen',
  'edit.delete': 'Löschen',
  'edit.delete.title': '„{name}“ löschen?',
  'edit.delete.neverSent':
    'Der Datensatz wurde nie an Siebel gesendet und wird daher nur von diesem Computer entfernt.',
  'edit.delete.explain':
    'Der Datensatz wird sofort aus Ihren CRM-Daten in Outlook entfernt und bei der nächsten Synchronisierung in Siebel gelöscht. Bis dahin wartet die Löschung auf diesem Computer.',
  'edit.delete.confirm': 'In Siebel und Outlook löschen',
  'edit.delete.failed': 'Nicht gelöscht',
  'edit.field.setBySiebel': 'Wird von Siebel festgelegt',
  'edit.picklist.none': '(Keine Angabe)',
  'edit.reference.placeholder': 'Zum Suchen eingeben',
  'edit.reference.searching': 'Suche läuft…',
  'edit.reference.noMatches': 'Keine passenden Datensätze',
  'edit.notDescribed': 'Datensätze vom Typ „{type}“ können nicht bearbeitet werden: Das Paket beschreibt sie nicht.',
  'edit.gone': 'Dieser Datensatz ist nicht mehr in Ihren lokalen Daten und kann daher nicht bearbeitet werden.',
  'edit.title.new': 'Neu: {type}',
  'edit.title.edit': '„{name}“ bearbeiten',
  'edit.form.notSaved': 'Nicht gespeichert',
  'edit.form.saveFailed': 'Fehler beim Speichern',
  'edit.failure': '{title}. {whatToDo} Details: {details}',
  'edit.form.note':
    'Wird sofort auf diesem Computer gespeichert und bei der nächsten Synchronisierung an Siebel gesendet.',
  'edit.problem.number': 'Geben Sie eine Zahl ohne Tausendertrennzeichen ein, z. B. 1250 oder {example}.',
  'edit.problem.date': 'Geben Sie ein Datum ein.',
  'edit.problem.dateTime': 'Geben Sie ein Datum und eine Uhrzeit ein.',
};
