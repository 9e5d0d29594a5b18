import type { email as english } from '../en/email';

export const email: Record<keyof typeof english, string> = {
  'email.region': 'Aktuelle E-Mail',
  'email.heading': 'Diese E-Mail',
  'email.refresh': 'Aktualisieren',
  'email.dismiss': 'Schließen',
  'email.backToEmail': 'Zurück zur E-Mail',
  'email.noSubject': '(kein Betreff)',
  'email.sample': 'Beispiel',
  'email.sample.title': 'Von der eigenständigen Seite erzeugt: CRM Desktop wird nicht in Outlook ausgeführt',
  'email.sample.refused':
    'Dies ist die Beispiel-E-Mail der eigenständigen Seite von CRM Desktop, keine E-Mail aus Outlook: Sie kann nur mit dem Siebel-Simulator geteilt werden, den diese Seite bereitstellt ({origin}), und dieser Aufgabenbereich ist verbunden mit: {server}. Öffnen Sie CRM Desktop in Outlook, um Ihre eigenen E-Mails zu teilen.',
  'email.sample.noServer': 'noch keinem Server',
  'email.abandoned':
    'Das Teilen von „{subject}“ wurde abgebrochen, weil Sie ein anderes Element ausgewählt haben. Es wurde nichts geteilt. Wählen Sie das Element erneut aus, um es zu teilen.',
  'email.lookingUp': 'Absender und Empfänger werden gesucht',
  'email.lookupFailed':
    'Die Kontakte der E-Mail konnten nicht gesucht werden. Klicken Sie auf „Aktualisieren“, um es erneut zu versuchen.',
  'email.noItem':
    'Keine E-Mail geöffnet. Wählen Sie in Outlook eine Nachricht oder eine Besprechung aus, um die CRM-Kontakte des Absenders und der Empfänger anzuzeigen. Ein angehefteter CRM Desktop-Bereich folgt Ihrer Auswahl.',
  'email.contacts.heading': 'Kontakte in dieser E-Mail',
  'email.contacts.list': 'Passende Kontakte',
  'email.noData':
    'Noch keine CRM-Daten vorhanden. Führen Sie auf der Registerkarte „Synchronisierung“ die erste Synchronisierung aus. Danach werden hier die Kontakte Ihrer E-Mails angezeigt.',
  'email.role': '{role, select, From {Von} To {An} Cc {Cc} other {{role}}}',
  'email.card.account': 'Firma:',
  'email.card.noAccount': 'Keine Firma',
  'email.card.noDeals': 'Keine offenen Verkaufschancen',
  'email.card.deals': 'Offene Verkaufschancen von {account}',
  'email.share.title': 'Mit Siebel teilen',
  'email.share.saveFirst': 'Speichern oder senden Sie dieses Element zuerst. Danach kann es mit Siebel geteilt werden.',
  'email.share.checking': 'Es wird geprüft, ob dieses Element geteilt ist',
  'email.share.checkFailed': 'Es konnte nicht geprüft werden, ob dieses Element geteilt ist.',
  'email.share.notShared':
    '{itemType, select, meeting {Diese Besprechung} other {Diese E-Mail}} ist nicht mit Siebel geteilt.',
  'email.share.linked': 'Mit Siebel geteilt als Aktivität „{name}“ – verknüpft mit {names}',
  'email.share.unlinked': 'Mit Siebel geteilt als Aktivität „{name}“ – mit keinem Datensatz verknüpft',
  'email.share.changeLinks': 'Verknüpfungen ändern',
  'email.share.share': 'Teilen',
  'email.share.saveLinks': 'Verknüpfungen speichern',
  'email.share.account': 'Firma',
  'email.share.opportunity': 'Verkaufschance',
  'email.share.contacts': 'Kontakte',
  'email.share.failed': 'Das Teilen mit Siebel ist fehlgeschlagen.',
  'email.share.selectionChanged':
    'Das Teilen mit Siebel ist fehlgeschlagen: Während „{subject}“ geteilt wurde, wurde ein anderes Element ausgewählt, daher wurde nichts geteilt. Wählen Sie das Element erneut aus, und teilen Sie es.',
  'email.picker.none': 'Keine',
  'email.picker.withHint': '{name} ({hint})',
  'email.picker.noSuggestion': 'Keine Vorschläge aus den Adressen der E-Mail.',
  'email.picker.search': '{label} suchen',
  'email.picker.searching': 'Suche läuft…',
  'email.picker.noOtherMatch': 'Keine weiteren Treffer für „{query}“.',
  'email.picker.results': 'Suchergebnisse: {label}',
  'email.picker.add': '{name} hinzufügen',
  'email.picker.choose': '{name} auswählen',
  'email.note.notRecorded':
    'Dass das Element geteilt ist, konnte nicht in {itemType, select, meeting {der Besprechung} other {der E-Mail}} selbst gespeichert werden: Dieser Computer weiß es weiterhin, aber ein anderes Outlook zeigt das Element möglicherweise als nicht geteilt an.',
  'email.note.notRecordedBecause':
    'Dass das Element geteilt ist, konnte nicht in {itemType, select, meeting {der Besprechung} other {der E-Mail}} selbst gespeichert werden ({problem}): Dieser Computer weiß es weiterhin, aber ein anderes Outlook zeigt das Element möglicherweise als nicht geteilt an.',
  'email.note.createCategory':
    'Damit Sie geteilte Elemente auf einen Blick erkennen, erstellen Sie einmalig eine Outlook-Kategorie namens „{category}“ (Kategorisieren › Alle Kategorien › Neu). Danach wird sie jedem Element zugewiesen, das Sie teilen.',
  'email.note.notAllowed':
    'Outlook hat dem Add-In nicht erlaubt, {itemType, select, meeting {diese Besprechung} other {diese E-Mail}} mit der Kategorie „{category}“ zu markieren (das Element ist hier möglicherweise schreibgeschützt).',
  'email.note.categoryFailed': 'Die Kategorie „{category}“ konnte nicht zugewiesen werden.',
  'email.note.categoryFailedBecause': 'Die Kategorie „{category}“ konnte nicht zugewiesen werden ({problem}).',
  'email.draft':
    'Eine neue E-Mail. Die CRM-Kontakte der Empfänger werden hier angezeigt, sobald Sie Empfänger hinzugefügt haben: Klicken Sie auf „Aktualisieren“.',
  'email.person.unknown': 'Nicht in Ihren CRM-Daten',
  'email.addContact': 'Als Kontakt hinzufügen',
  'email.addContact.named': '{name} als Kontakt hinzufügen',
  'email.openContact': 'Kontakt öffnen',
  'email.lead': '{role, select, From {Absender} other {Empfänger}}',
  'email.card.activities': 'Letzte Aktivitäten',
  'email.card.activitiesOf': 'Letzte Aktivitäten von {name}',
  'email.card.noActivities': 'Noch keine Aktivitäten',
  'email.card.moreDeals':
    '{count, plural, one {# weitere offene Verkaufschance} other {# weitere offene Verkaufschancen}}',
  'email.others.heading':
    '{count, plural, one {# weitere Person in dieser E-Mail} other {# weitere Personen in dieser E-Mail}}',
  'email.others.list': 'Weitere Personen in dieser E-Mail',
  'email.add.looking': 'Firma zu {domain} wird gesucht',
  'email.add.site':
    'Vorgeschlagene Firma: {name} (Website oder E-Mail bei {domain}). Unter „Firma“ ändern oder leeren.',
  'email.add.contacts':
    'Vorgeschlagene Firma: {name} ({count, plural, one {# Kontakt} other {# Kontakte}} bei {domain}). Unter „Firma“ ändern oder leeren.',
  'email.add.public':
    '{domain} ist ein öffentlicher E-Mail-Dienst, daher wird keine Firma vorgeschlagen. Wählen Sie im Feld „Firma“ eine aus, wenn Sie sie kennen.',
  'email.add.none': 'Zu {domain} ist keine Firma bekannt. Wählen Sie im Feld „Firma“ eine aus, wenn Sie sie kennen.',
  'email.add.suggestFailed': 'Es konnte keine Firma vorgeschlagen werden; wählen Sie eine im Feld „Firma“ aus.',
  'email.nobodyKnown': 'Niemand aus dieser E-Mail ist bisher in Ihren CRM-Daten.',
  'email.card.next': 'Nächste:',
};
