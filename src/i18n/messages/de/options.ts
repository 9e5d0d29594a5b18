import type { options as english } from '../en/options';

export const options: Record<keyof typeof english, string> = {
  'options.form': 'Optionen',
  'options.passwordHint.keep': 'Leer lassen, um das aktuelle Kennwort beizubehalten.',
  'options.passwordHint.needed': 'Zum Synchronisieren erforderlich.',
  'options.signOut': 'Abmelden',
  'options.diagnostics.title': 'Diagnosebericht',
  'options.diagnostics.hint':
    'Für den Helpdesk: Versionen, Einstellungen und die letzten Synchronisierungen. Er enthält kein Kennwort und keine CRM-Daten.',
  'options.diagnostics.copy': 'Diagnosebericht kopieren',
  'options.diagnostics.copied':
    'Der Diagnosebericht ist in der Zwischenablage. Fügen Sie ihn in Ihre Nachricht an den Helpdesk ein.',
  'options.diagnostics.copyFailed':
    'Der Bericht konnte nicht automatisch kopiert werden. Markieren Sie den Text unten und kopieren Sie ihn.',
  'options.diagnostics.failed': 'Der Diagnosebericht konnte nicht erstellt werden',
  'options.diagnostics.text': 'Text des Diagnoseberichts',
  'options.support': 'Hilfe: {contact}',
  'options.saved': 'Optionen gespeichert.',
  'options.signedOut': 'Abgemeldet: Das Kennwort ist auf diesem Computer nicht mehr gespeichert.',
  'options.errorTitle': 'Optionen',
  'options.missingFields': 'Geben Sie die Server-URL und den Benutzernamen ein.',
  'options.passwordForNewLogin':
    'Geben Sie das Kennwort von {userName} ein: Ein neuer Benutzer oder Server erfordert eine vollständige Synchronisierung.',
  'options.currentPasswordUnknown':
    'Das Kennwort von {userName} ist nicht bekannt: Wählen Sie „Aktuelle beibehalten“, speichern Sie dieses Kennwort, und senden Sie dann die Änderungen.',
  'options.currentPasswordUnknown.noUser':
    'Das Kennwort des aktuellen Benutzers ist nicht bekannt: Wählen Sie „Aktuelle beibehalten“, speichern Sie dieses Kennwort, und senden Sie dann die Änderungen.',
  'options.sendNotFinished':
    'Die Änderungen wurden nicht vollständig gesendet – versuchen Sie es erneut, oder stimmen Sie zu, sie zu verwerfen.',
  'options.resynced': 'Die Daten von {userName} wurden synchronisiert.',
  'options.resyncNotFinished':
    'Die vollständige Synchronisierung wurde nicht abgeschlossen – starten Sie sie auf der Registerkarte „Synchronisierung“ erneut.',

  'options.autoSync.label': 'Automatische Synchronisierung',
  'options.autoSync.hint':
    'Solange dieser Bereich geöffnet ist und etwa 20 Sekunden nach Ihrer letzten Bearbeitung; offline angehalten.',
  'options.autoSync.off': 'Aus',
  'options.autoSync.minutes': '{minutes, plural, one {Jede Minute} other {Alle # Minuten}}',
  'options.autoSync.hours': '{hours, plural, one {Jede Stunde} other {Alle # Stunden}}',

  'options.identity.errorTitle': 'Vollständige Synchronisierung',
  'options.identity.passwordOf': 'Kennwort von {userName}',
  'options.identity.passwordFirst': 'Geben Sie zuerst das Kennwort von {userName} ein.',
  'options.identity.synchronizeNow': 'Jetzt synchronisieren',
  'options.identity.notFinished': 'Die Synchronisierung wurde nicht abgeschlossen – versuchen Sie es erneut.',

  'options.resync.title': 'Vollständige Synchronisierung erforderlich',
  'options.resync.who': '{userName} auf {server}',
  'options.resync.replace':
    'Die CRM-Daten auf diesem Computer gehören zu {current}. Da sich Benutzername oder Server zu {next} ändern, müssen alle CRM-Daten erneut heruntergeladen werden, und die lokalen Daten werden ersetzt.',
  'options.resync.download': 'Alle CRM-Daten von {next} werden heruntergeladen.',
  'options.resync.pending.checking':
    'Es wird nach lokalen Änderungen gesucht, die noch nicht an Siebel gesendet wurden…',
  'options.resync.pending.none':
    'Es warten keine lokalen Änderungen darauf, an Siebel gesendet zu werden. Es geht also nichts verloren.',
  'options.resync.pending':
    '{count, plural, one {# lokale Änderung wurde noch nicht an Siebel gesendet und ginge verloren.} other {# lokale Änderungen wurden noch nicht an Siebel gesendet und gingen verloren.}}',
  'options.resync.sendOrDiscard':
    'Senden Sie sie zuerst mit der aktuellen Anmeldung an Siebel, oder stimmen Sie zu, sie zu verwerfen.',
  'options.resync.discard':
    '{count, plural, one {# nicht gesendete Änderung verwerfen} other {# nicht gesendete Änderungen verwerfen}}',
  'options.resync.keepSeeing':
    'Bis die neue Synchronisierung abgeschlossen ist, sehen Sie weiterhin die aktuellen Daten.',
  'options.resync.sendFirst': 'Zuerst Änderungen senden',
  'options.resync.confirm': 'Ändern und synchronisieren',
  'options.resync.keepCurrent': 'Aktuelle beibehalten',

  'options.storage.title': 'Daten auf diesem Computer',
  'options.storage.asking': 'Der Browser wird nach seinem Speicher gefragt',
  'options.storage.errorTitle': 'Browserspeicher',
  'options.storage.errorWhatToDo':
    'Ihre CRM-Daten funktionieren weiterhin. Wenn das wiederholt auftritt, prüfen Sie, ob diese Website Daten speichern darf, oder wenden Sie sich an Ihren Administrator.',
  'options.storage.persistent': 'Bleiben erhalten, bis Sie sie entfernen',
  'options.storage.bestEffort': 'Der Browser kann sie löschen, wenn der Speicherplatz knapp wird',
  'options.storage.unknown': 'Dieses Outlook gibt nicht an, ob es sie aufbewahrt',
  'options.storage.meaning.persistent':
    'Der Browser löscht sie nicht, um Speicherplatz freizugeben. Wenn Sie den Office-Cache oder die Browserdaten dieser Website löschen, werden sie dennoch gelöscht – mitsamt allen Änderungen, die noch nicht an Siebel gesendet wurden.',
  'options.storage.meaning.other':
    'Wenn der Speicherplatz knapp wird, kann der Browser sie ohne Rückfrage löschen: Ihre CRM-Daten lassen sich erneut herunterladen, aber noch nicht an Siebel gesendete Änderungen gingen verloren. Wenn Sie den Office-Cache oder die Browserdaten dieser Website löschen, werden sie ebenfalls gelöscht – mitsamt allen Änderungen, die noch nicht an Siebel gesendet wurden.',
  'options.storage.unsent.none': 'Alle Änderungen, die Sie hier vorgenommen haben, wurden an Siebel gesendet.',
  'options.storage.unsent':
    '{count, plural, one {# Änderung gibt es nur auf diesem Computer, bis die nächste Synchronisierung sie an Siebel sendet.} other {# Änderungen gibt es nur auf diesem Computer, bis die nächste Synchronisierung sie an Siebel sendet.}}',
  'options.storage.used': '{used} belegt',
  'options.storage.usedOfQuota': '{used} von {quota} belegt, die der Browser zulässt',
  'options.storage.copies':
    'Outlook im Web, das neue Outlook und das klassische Outlook verwalten jeweils eine eigene Kopie.',
  'options.storage.askToKeep': 'Browser bitten, sie aufzubewahren',
  'options.storage.declined':
    'Der Browser hat vorerst abgelehnt: Er entscheidet nach eigenen Regeln, etwa danach, wie oft Sie das Add-In verwenden.',
};
