import type { sync as english } from '../en/sync';

export const sync: Record<keyof typeof english, string> = {
  /* Fortschritt */
  'sync.progress.starting': 'Wird gestartet…',
  'sync.phase.idle': 'Wartet',
  'sync.phase.connecting': 'Verbindung mit dem Siebel-Server wird hergestellt…',
  'sync.phase.uploading': 'Ihre Änderungen werden an Siebel gesendet…',
  'sync.phase.checkingMetadata': 'Das Anpassungspaket wird geprüft…',
  'sync.phase.applyingPackage': 'Das Anpassungspaket wird installiert…',
  'sync.phase.downloading': 'Synchronisierung läuft…',
  'sync.phase.removingDeleted': 'In Siebel gelöschte Datensätze werden entfernt…',
  'sync.phase.committing': 'Wird gespeichert…',
  'sync.phase.loggingOut': 'Abmeldung vom Siebel-Server…',
  'sync.phase.done': 'Synchronisiert',
  'sync.phase.failed': 'Synchronisierung fehlgeschlagen',
  'sync.phase.cancelled': 'Synchronisierung abgebrochen',
  'sync.progress.downloadingType':
    '{total, select, known {Synchronisierung läuft… {type}: {written, number} von {expected, number}} other {Synchronisierung läuft… {type}: {written, number}}}',
  'sync.progress.removingDeletedType': 'In Siebel gelöschte Datensätze werden entfernt… ({type})',
  'sync.progress.label': 'Fortschritt der Synchronisierung',
  'sync.progress.cancel': 'Abbrechen',
  /* Progress per object type (the Sync tab) */
  'sync.types.label': 'Fortschritt je Objekttyp',
  'sync.types.bar': 'Fortschritt: {type}',
  'sync.types.records': '{count, plural, one {# Datensatz} other {# Datensätze}}',
  'sync.types.recordsOf': '{written, number} von {expected, number}',
  'sync.types.rate': '{rate, number} Datensätze/s',
  'sync.types.timeLeft': '{minutes, plural, =0 {noch etwa {seconds, number} s} other {noch etwa # min}}',
  'sync.types.done': 'Fertig',
  'sync.types.downloading': 'Wird heruntergeladen…',
  'sync.counts': '{added, number} neu, {changed, number} geändert, {removed, number} entfernt',
  'sync.counts.none': 'keine Änderungen',

  /* Registerkarte Synchronisierung */
  'sync.view.label': 'Synchronisierung',
  'sync.view.syncNow': 'Jetzt synchronisieren',
  'sync.view.signInFirst': 'Melden Sie sich an, um zu synchronisieren: Geben Sie Ihr Kennwort unter „Optionen“ ein.',
  'sync.last.title': 'Letzte Synchronisierung',
  'sync.last.never': 'Noch nie',
  'sync.last.succeeded': 'Synchronisiert: {counts}',
  'sync.last.failed': '{seeHistory, select, yes {Fehlgeschlagen – siehe Verlauf unten} other {Fehlgeschlagen}}',
  'sync.last.cancelled': '{seeHistory, select, yes {Abgebrochen – siehe Verlauf unten} other {Abgebrochen}}',
  'sync.last.running': 'Läuft',
  'sync.local.label': 'Lokale Änderungen',
  'sync.local.none': 'Es warten keine lokalen Änderungen auf das Senden.',
  'sync.local.pending':
    '{count, plural, one {Noch nicht synchronisiert: # lokale Änderung, die bei der nächsten Synchronisierung gesendet wird.} other {Noch nicht synchronisiert: # lokale Änderungen, die bei der nächsten Synchronisierung gesendet werden.}}',
  'sync.local.issues':
    '{count, plural, one {# Synchronisierungsproblem erfordert Ihre Entscheidung: siehe Registerkarte „Probleme“.} other {# Synchronisierungsprobleme erfordern Ihre Entscheidung: siehe Registerkarte „Probleme“.}}',

  /* Verlauf */
  'sync.history.title': 'Verlauf',
  'sync.history.label': 'Synchronisierungsverlauf',
  'sync.history.loading': 'Das Synchronisierungsprotokoll wird gelesen',
  'sync.history.failed': 'Das Synchronisierungsprotokoll konnte nicht gelesen werden: {error}',
  'sync.history.empty': 'Noch keine Synchronisierung.',
  'sync.history.failedOnly': 'Nur fehlgeschlagene',
  'sync.history.emptyHint': 'Hier erscheint jede Synchronisierung mit dem, was sie empfangen hat, und jedem Fehler.',
  'sync.history.noFailed':
    '{count, plural, one {Die letzte Synchronisierung ist nicht fehlgeschlagen.} other {Keine der letzten # Synchronisierungen ist fehlgeschlagen.}}',
  'sync.entry.outcome.running': 'Läuft',
  'sync.entry.outcome.succeeded': 'Erfolgreich',
  'sync.entry.outcome.failed': 'Fehlgeschlagen',
  'sync.entry.outcome.cancelled': 'Abgebrochen',
  'sync.entry.label':
    '{kind, select, initial {Erstsynchronisierung vom {when}: {outcome}} other {Inkrementelle Synchronisierung vom {when}: {outcome}}}',
  'sync.entry.kind': '{kind, select, initial {Erstsynchronisierung} other {inkrementell}}',
  'sync.entry.kindWithDuration':
    '{kind, select, initial {Erstsynchronisierung, {seconds, number} s} other {inkrementell, {seconds, number} s}}',
  'sync.entry.whatToDo': 'Was Sie tun können: {help}',
  'sync.entry.issues':
    '{count, plural, one {# Datensatz nicht synchronisiert} other {# Datensätze nicht synchronisiert}}',
  'sync.entry.issue': '{type}, {recordId}: {message}',
  'sync.entry.more': 'und {count, number} weitere',
  'sync.entry.packageWarnings':
    '{count, plural, one {Neues Anpassungspaket: # Element nicht verwendet} other {Neues Anpassungspaket: # Elemente nicht verwendet}}',
  'sync.entry.packageHelp':
    'Ihre Daten werden ohne diese Elemente synchronisiert. Wenn Sie eines davon benötigen, teilen Sie Ihrem CRM-Administrator mit, was hier aufgeführt ist.',
  'sync.entry.packageWarning': '{file}: {message}',
  'sync.uploads.new': '{count, number} neu',
  'sync.uploads.changed': '{count, number} geändert',
  'sync.uploads.deleted': '{count, number} gelöscht',
  'sync.uploads.sent': 'An Siebel gesendet: {parts}',
  'sync.uploads.sentSomeNot': 'An Siebel gesendet: {parts} · {unsent, number} nicht gesendet (siehe „Probleme“)',
  'sync.uploads.noneSent':
    '{count, plural, one {# Änderung nicht an Siebel gesendet (siehe „Probleme“)} other {# Änderungen nicht an Siebel gesendet (siehe „Probleme“)}}',

  /* Was zu tun ist */
  'sync.help.BadCredentials':
    'Siebel hat den Benutzernamen oder das Kennwort abgelehnt. Geben Sie Ihr Kennwort unter „Optionen“ erneut ein (es wurde möglicherweise geändert oder ist abgelaufen), und synchronisieren Sie dann.',
  'sync.help.SessionRejected':
    'Siebel hat die Sitzung beendet. Synchronisieren Sie erneut. Wenn das Problem weiterhin auftritt, fragen Sie Ihren Administrator, ob Ihr Konto gesperrt ist.',
  'sync.help.TooManySessions':
    'Der Siebel-Server kann keine weitere Sitzung für Ihren Benutzer öffnen (möglicherweise synchronisiert gerade ein anderes Outlook oder ein anderer Siebel-Client). Synchronisieren Sie in einigen Minuten erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an Ihren CRM-Administrator.',
  'sync.help.NoPublishedPackage':
    'Für Ihre Zuständigkeit ist kein Anpassungspaket veröffentlicht. Bitten Sie Ihren CRM-Administrator, eines für Sie zu veröffentlichen.',
  'sync.help.Network':
    'Der Siebel-Server ist nicht erreichbar. Überprüfen Sie Ihre Netzwerk- oder VPN-Verbindung und die Server-URL unter „Optionen“, und synchronisieren Sie dann erneut.',
  'sync.help.Timeout':
    'Der Siebel-Server hat nicht rechtzeitig geantwortet. Er ist möglicherweise ausgelastet: Synchronisieren Sie in einigen Minuten erneut.',
  'sync.help.HttpStatus':
    'Der Server hat mit einem HTTP-Fehler geantwortet. Überprüfen Sie die Server-URL unter „Optionen“. Wenn sie stimmt, teilen Sie Ihrem Administrator den oben angezeigten Status mit.',
  'sync.help.Aborted': 'Die Anforderung wurde unterbrochen. Synchronisieren Sie erneut.',
  'sync.help.NotSoap':
    "Die Server-URL führt nicht zu einem Siebel-Webdienst-Endpunkt. Überprüfen Sie die URL unter „Optionen“ (sie endet meist auf …/eai_'<lang>'/start.swe oder …/eai/'<lang>'/swe).",
  'sync.help.UnexpectedSoapShape':
    'Der Server hat in einer Form geantwortet, die das Add-In nicht versteht. Senden Sie diese Meldung an Ihren Administrator.',
  'sync.help.XmlRefused':
    'Der Server hat XML gesendet, das das Add-In aus Sicherheitsgründen nicht liest. Senden Sie diese Meldung an Ihren Administrator.',
  'sync.help.XmlEncode':
    'Eine Anforderung konnte nicht erstellt werden. Senden Sie diese Meldung an Ihren Administrator.',
  'sync.help.InvalidServerUrl':
    'Die Server-URL ist ungültig. Korrigieren Sie sie unter „Optionen“ (HTTPS ist erforderlich, außer auf diesem Computer).',
  'sync.help.InvalidWireProfile':
    'Die Bereitstellungseinstellungen dieses Add-Ins (sein Wire-Profil) sind ungültig. Wenden Sie sich an Ihren CRM-Administrator: Bis sie korrigiert sind, kann das Add-In nicht mit Siebel kommunizieren.',
  'sync.help.PageSizeTooLarge':
    'Der Siebel-Server hat die Seitengröße abgelehnt, obwohl das Add-In sie verringert hat. Bitten Sie Ihren Administrator, den Parameter MaximumPageSize des Objektmanagers zu überprüfen.',
  'sync.help.SiebelFault':
    'Siebel hat einen Fehler gemeldet (der Code steht in der Meldung). Synchronisieren Sie erneut. Wenn der Fehler wieder auftritt, senden Sie die Meldung an Ihren Administrator.',
  'sync.help.PackageFormat':
    'Das Anpassungspaket für Ihre Zuständigkeit enthält einen Fehler. Bitten Sie Ihren CRM-Administrator, es zu korrigieren und erneut zu veröffentlichen. Ihre aktuellen Daten bleiben nutzbar.',
  'sync.help.StorageFull':
    'Der Browserspeicher für Outlook ist voll. Geben Sie Speicherplatz frei, oder wählen Sie unter „Optionen“ einen engeren Synchronisierungsfilter, und synchronisieren Sie dann erneut.',
  'sync.help.Store':
    'Die lokalen CRM-Daten konnten nicht gelesen oder geschrieben werden. Schließen Sie den Aufgabenbereich, öffnen Sie ihn erneut, und synchronisieren Sie dann erneut.',
  'sync.help.SyncAlreadyRunning':
    'Eine andere Synchronisierung (eventuell über die Schaltfläche im Menüband) lief bereits. Warten Sie, bis sie abgeschlossen ist; ihr Fortschritt wird oben angezeigt.',
  'sync.help.SyncCancelled':
    'Die Synchronisierung wurde abgebrochen. Die bisher geschriebenen Datensätze bleiben erhalten; synchronisieren Sie erneut, um fortzufahren.',
  'sync.help.SyncUnexpected':
    'Die Synchronisierung wurde durch einen unerwarteten Fehler beendet. Synchronisieren Sie erneut. Wenn der Fehler wieder auftritt, senden Sie diesen Verlaufseintrag an Ihren Administrator.',
  'sync.help.PendingChanges':
    'Eine vollständige Synchronisierung würde Ihre noch nicht an Siebel gesendeten Änderungen verwerfen. Synchronisieren Sie zuerst normal, um sie zu senden, oder lassen Sie das Verwerfen unter „Optionen“ zu.',
  'sync.help.RecordValidation':
    'Ein von Ihnen bearbeiteter Datensatz enthält Werte, die das Formular nicht zulässt. Korrigieren Sie die angezeigten Felder, und speichern Sie dann erneut.',
  'sync.help.InvalidResolution':
    'Diese Aktion ist für dieses Synchronisierungsproblem nicht möglich (es hat sich möglicherweise inzwischen geändert). Öffnen Sie die Registerkarte „Probleme“ erneut, und wählen Sie eine der angebotenen Aktionen.',
  'sync.help.SharingUnavailable':
    'Ihr Anpassungspaket synchronisiert keine Aktivitäten und deren Kontakte, daher können E-Mails und Besprechungen nicht freigegeben werden. Bitten Sie Ihren Siebel-Administrator um ein Paket, das dies unterstützt.',
  'sync.help.Host':
    'Outlook hat eine Anforderung des Add-Ins abgelehnt. Öffnen Sie den Aufgabenbereich erneut, und synchronisieren Sie erneut.',
  'sync.help.fallback':
    'Synchronisieren Sie erneut. Wenn der Fehler wieder auftritt, senden Sie diesen Verlaufseintrag an Ihren Administrator.',
  'sync.help.issues':
    'Diese Datensätze wurden übersprungen; alle anderen wurden synchronisiert. Sie werden bei der nächsten Synchronisierung erneut versucht. Wenn einer dauerhaft fehlschlägt, bitten Sie Ihren Administrator, ihn anhand seiner ID in Siebel zu überprüfen.',

  /* Lokale Daten verloren */
  'sync.lost.title': 'Ihre CRM-Daten befinden sich nicht mehr auf diesem Computer',
  'sync.lost.before':
    'Laut Ihrem Postfach wurde CRM Desktop bereits synchronisiert, aber dieses Outlook enthält keine CRM-Daten.',
  'sync.lost.changesLost':
    'Dabei verloren gegangen sind alle hier vorgenommenen Änderungen, die noch nicht an Siebel gesendet wurden. Was bereits in Siebel ist, bleibt erhalten.',
  'sync.lost.causes':
    'Das passiert, wenn der Office-Cache oder die Browserdaten dieser Website gelöscht wurden, wenn der Browser Speicherplatz freigegeben hat oder wenn es sich um ein anderes Outlook handelt: Outlook im Web, das neue Outlook und das klassische Outlook haben jeweils eine eigene Kopie.',
  'sync.lost.fullSync': 'Eine vollständige Synchronisierung lädt Ihre CRM-Daten erneut aus Siebel herunter.',
  'sync.lost.password': 'Kennwort von {user}',
  'sync.lost.passwordHint':
    'Ein gespeichertes Kennwort wird bei den Daten aufbewahrt und ist daher ebenfalls verloren.',
  'sync.lost.download': 'Meine Daten erneut herunterladen',
  'sync.lost.later': 'Später',
  'sync.lost.enterPassword': 'Geben Sie zuerst das Kennwort von {user} ein.',
  'sync.lost.notFinished': 'Die Synchronisierung wurde nicht abgeschlossen – versuchen Sie es erneut.',
  'sync.lost.errorTitle': 'Erneutes Herunterladen Ihrer Daten',
  'sync.lost.restored': 'Ihre CRM-Daten wurden erneut aus Siebel heruntergeladen.',
  'sync.lost.ok': 'OK',
};
