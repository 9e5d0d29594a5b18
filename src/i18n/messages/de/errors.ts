import type { errors as english } from '../en/errors';

export const errors: Record<keyof typeof english, string> = {
  'error.unknown.title': 'Etwas ist schiefgelaufen',
  'error.unknown.whatToDo':
    'Versuchen Sie es erneut. Wenn es wieder passiert, kopieren Sie die Details für Ihren Administrator.',
  'error.details': 'Details',
  'error.detailsLine': 'Details: {details}',
  'error.signInFirst':
    'Melden Sie sich zuerst an: Geben Sie Ihr Kennwort unter „Optionen“ ein, und synchronisieren Sie dann erneut.',

  'error.SiebelFault.title': 'Siebel hat die Anfrage abgelehnt',
  'error.SiebelFault.whatToDo':
    'Versuchen Sie es erneut. Wenn Siebel die Anfrage wieder ablehnt, senden Sie die Details an Ihren Administrator.',
  'error.BadCredentials.title': 'Benutzername oder Kennwort ist falsch',
  'error.BadCredentials.whatToDo':
    'Prüfen Sie Ihren Siebel-Benutzernamen und Ihr Kennwort, und melden Sie sich erneut an. Wenn Sie Ihr Kennwort kürzlich geändert haben, verwenden Sie das neue.',
  'error.SessionRejected.title': 'Siebel hat die Anmeldung nicht akzeptiert',
  'error.SessionRejected.whatToDo':
    'Synchronisieren Sie erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an Ihren Administrator.',
  'error.TooManySessions.title': 'Zu viele Siebel-Sitzungen geöffnet',
  'error.TooManySessions.whatToDo':
    'Schließen Sie andere Siebel-Anwendungen, bei denen Sie angemeldet sind, oder warten Sie einige Minuten, und synchronisieren Sie dann erneut. Wenn das Problem bestehen bleibt, wenden Sie sich an Ihren Administrator.',
  'error.NoPublishedPackage.title': 'Kein CRM Desktop-Paket für Ihren Benutzer',
  'error.NoPublishedPackage.whatToDo':
    'Ihr Administrator muss für eine Ihrer Zuständigkeiten ein CRM Desktop-Paket veröffentlichen. Wenden Sie sich an Ihren Administrator, und versuchen Sie es dann erneut.',
  'error.Network.title': 'Der Siebel-Server ist nicht erreichbar',
  'error.Network.whatToDo':
    'Prüfen Sie Ihre Netzwerkverbindung und die Serveradresse, und synchronisieren Sie dann erneut.',
  'error.Timeout.title': 'Der Vorgang hat zu lange gedauert',
  'error.Timeout.whatToDo':
    'Der Server ist möglicherweise ausgelastet. Versuchen Sie es in einigen Minuten erneut; wenn das häufig vorkommt, informieren Sie Ihren Administrator.',
  'error.HttpStatus.title': 'Der Siebel-Server hat mit einem Fehler geantwortet',
  'error.HttpStatus.whatToDo':
    'Versuchen Sie es später erneut. Wenn das Problem bestehen bleibt, prüfen Sie die Serveradresse, oder wenden Sie sich an Ihren Administrator.',
  'error.Aborted.title': 'Die Anfrage wurde abgebrochen',
  'error.Aborted.whatToDo': 'Synchronisieren Sie erneut, wenn Sie bereit sind.',
  'error.NotSoap.title': 'Der Server antwortet nicht wie ein Siebel-Server',
  'error.NotSoap.whatToDo':
    'Die Adresse führt möglicherweise zu einer Anmelde- oder Proxyseite. Prüfen Sie die Serveradresse, oder wenden Sie sich an Ihren Administrator.',
  'error.UnexpectedSoapShape.title': 'Der Siebel-Server hat eine unerwartete Antwort gesendet',
  'error.UnexpectedSoapShape.whatToDo':
    'Wenden Sie sich an Ihren Administrator, und senden Sie ihm die Details: Der Server hat möglicherweise eine andere Version oder Konfiguration.',
  'error.XmlRefused.title': 'Die Antwort des Servers kann nicht sicher gelesen werden',
  'error.XmlRefused.whatToDo': 'Wenden Sie sich an Ihren Administrator, und senden Sie ihm die Details.',
  'error.XmlEncode.title': 'Ein Wert kann nicht an Siebel gesendet werden',
  'error.XmlEncode.whatToDo':
    'Entfernen Sie Sonderzeichen oder unsichtbare Zeichen aus dem eingegebenen Wert, und speichern Sie erneut.',
  'error.InvalidServerUrl.title': 'Die Serveradresse ist ungültig',
  'error.InvalidServerUrl.whatToDo':
    'Prüfen Sie die Siebel-Server-URL unter „Optionen“: Sie muss eine vollständige Adresse sein, die mit https:// beginnt. Ihr Administrator kann sie Ihnen nennen.',
  'error.InvalidWireProfile.title': 'Die Verbindungseinstellungen von CRM Desktop können nicht verwendet werden',
  'error.InvalidWireProfile.whatToDo':
    'Nur Ihr Administrator kann diese Einstellungen korrigieren. Wenden Sie sich an Ihren Administrator, und senden Sie ihm die Details.',
  'error.PageSizeTooLarge.title': 'Der Siebel-Server hat die Seitengröße abgelehnt',
  'error.PageSizeTooLarge.whatToDo':
    'Synchronisieren Sie erneut. Wenn das Problem bestehen bleibt, wenden Sie sich an Ihren Administrator.',

  'error.PackageFormat.title': 'Ihr CRM Desktop-Paket kann nicht verwendet werden',
  'error.PackageFormat.whatToDo':
    'Nur Ihr Administrator kann das Paket korrigieren. Wenden Sie sich an Ihren Administrator, und senden Sie ihm die Details.',

  'error.StorageFull.title': 'Kein Speicherplatz mehr für Ihre CRM-Daten',
  'error.StorageFull.whatToDo':
    'Geben Sie Speicherplatz frei, oder bitten Sie die IT-Abteilung, das Speicherlimit zu erhöhen, und synchronisieren Sie dann erneut. Die bisher synchronisierten Daten bleiben erhalten.',
  'error.Store.title': 'Ihre CRM-Daten auf diesem Computer konnten nicht gelesen oder gespeichert werden',
  'error.Store.whatToDo':
    'Schließen Sie CRM Desktop, öffnen Sie es erneut, und versuchen Sie es noch einmal. Wenn es wieder passiert, wenden Sie sich an Ihren Administrator.',

  'error.SyncAlreadyRunning.title': 'Es läuft bereits eine Synchronisierung',
  'error.SyncAlreadyRunning.whatToDo':
    'Warten Sie, bis sie abgeschlossen ist; den Fortschritt sehen Sie auf der Registerkarte „Synchronisierung“.',
  'error.SyncCancelled.title': 'Die Synchronisierung wurde angehalten',
  'error.SyncCancelled.whatToDo':
    'Die bisher heruntergeladenen Datensätze bleiben erhalten. Synchronisieren Sie erneut, um an dieser Stelle fortzufahren.',
  'error.SyncUnexpected.title': 'Die Synchronisierung wurde unerwartet beendet',
  'error.SyncUnexpected.whatToDo':
    'Synchronisieren Sie erneut. Wenn es wieder passiert, senden Sie die Details an Ihren Administrator.',
  'error.PendingChanges.title': 'Einige Ihrer Änderungen wurden noch nicht an Siebel gesendet',
  'error.PendingChanges.whatToDo':
    'Senden Sie zuerst Ihre Änderungen, oder bestätigen Sie, dass sie verworfen werden dürfen.',
  'error.RecordValidation.title': 'Der Datensatz kann nicht gespeichert werden',
  'error.RecordValidation.whatToDo': 'Korrigieren Sie die markierten Felder, und speichern Sie erneut.',
  'error.InvalidResolution.title': 'Das Synchronisierungsproblem konnte nicht gelöst werden',
  'error.InvalidResolution.whatToDo':
    'Synchronisieren Sie erneut, und wählen Sie dann erneut eine Lösung für das Problem aus.',
  'error.SharingUnavailable.title': 'Teilen mit Siebel ist nicht verfügbar',
  'error.SharingUnavailable.whatToDo':
    'Ihr CRM Desktop-Paket unterstützt diese Funktion nicht. Wenden Sie sich an Ihren Administrator.',

  'error.Host.title': 'Outlook konnte die Aktion nicht ausführen',
  'error.Host.whatToDo':
    'Versuchen Sie es erneut. Wenn es weiterhin fehlschlägt, starten Sie Outlook neu; wenn das nicht hilft, wenden Sie sich an Ihren Administrator.',
};
