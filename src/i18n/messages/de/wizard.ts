import type { wizard as english } from '../en/wizard';

export const wizard: Record<keyof typeof english, string> = {
  'wizard.position': 'Schritt {step} von {total}',
  'wizard.loadingStep': 'Der nächste Schritt wird geladen…',

  'wizard.welcome.title': 'Willkommen bei CRM Desktop',
  'wizard.welcome.intro':
    'CRM Desktop bringt Ihre Siebel-Firmen, -Kontakte, -Verkaufschancen und -Aktivitäten in Outlook. So arbeiten Sie direkt neben Ihren E-Mails damit – auch offline.',
  'wizard.welcome.needs':
    'Sie benötigen die Adresse Ihres Siebel-Servers sowie Ihren Siebel-Benutzernamen und Ihr Kennwort.',
  'wizard.welcome.start': 'Los geht’s',

  'wizard.server.title': 'Siebel-Server',
  'wizard.server.intro':
    'Geben Sie die Adresse des Siebel-EAI-Endpunkts Ihres Unternehmens ein. Ihr Administrator kann sie Ihnen nennen; sie beginnt mit https://.',
  'wizard.server.test': 'Verbindung testen',
  'wizard.server.testing': 'Wird getestet…',
  'wizard.server.ok': 'Verbindung erfolgreich: {details}.',
  'wizard.server.failed': 'Verbindungstest fehlgeschlagen',
  'wizard.server.problem.invalidUrl':
    'Prüfen Sie die Adresse: Sie muss eine vollständige URL sein, die mit https:// beginnt. Ihr Administrator kann sie Ihnen nennen.',
  'wizard.server.problem.unreachable':
    'Prüfen Sie die Adresse und Ihre Netzwerkverbindung. Wenn beides stimmt, ist der Server möglicherweise nicht erreichbar – wenden Sie sich an Ihren Administrator.',
  'wizard.server.problem.tls':
    'Dieser Computer vertraut dem Zertifikat des Servers nicht. Wenden Sie sich an Ihren Administrator oder Ihre IT-Abteilung.',
  'wizard.server.problem.cors':
    'Der Server hat geantwortet, lässt aber keine Verbindung von CRM Desktop zu. Wenden Sie sich an Ihren Administrator.',
  'wizard.server.problem.timeout':
    'Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse, oder versuchen Sie es in einigen Minuten erneut.',
  'wizard.server.problem.httpStatus':
    'Der Server hat mit einem Fehler geantwortet. Prüfen Sie, ob die Adresse der Siebel-EAI-Endpunkt ist, den Ihr Administrator Ihnen genannt hat.',
  'wizard.server.problem.notSiebel':
    'Diese Adresse ist kein Siebel-EAI-Endpunkt. Klären Sie die Adresse mit Ihrem Administrator.',

  'wizard.credentials.title': 'Anmelden',
  'wizard.credentials.intro':
    'Ihr Siebel-Benutzername und Ihr Kennwort. Das Kennwort bleibt auf diesem Computer und wird nur an Ihren Siebel-Server gesendet.',
  'wizard.credentials.submit': 'Anmelden',
  'wizard.credentials.busy': 'Anmeldung läuft…',
  'wizard.credentials.userNameMissing': 'Geben Sie Ihren Siebel-Benutzernamen ein.',
  'wizard.credentials.passwordMissing': 'Geben Sie Ihr Kennwort ein.',
  'wizard.credentials.failed': 'Anmeldung nicht möglich',

  'wizard.package.title': 'Ihr CRM-Paket',
  'wizard.package.intro': 'Siebel hat Ihrer Zuständigkeit das Paket „{name}“ ({packageId}) zugewiesen.',
  'wizard.package.objects': 'Es synchronisiert diese Objekte auf diesen Computer:',
  'wizard.package.start': 'Synchronisierung starten',
  'wizard.package.saveFailed': 'Ihre Anmeldeoptionen konnten nicht gespeichert werden',
  'wizard.preset.label': 'Synchronisierungsfilter',
  'wizard.preset.option':
    '{name}{recommended, select, yes { (empfohlen)} other {}}{unavailable, select, yes { (nicht verfügbar)} other {}}',
  'wizard.preset.unavailable': 'Nicht verwendbar: {reason}',
  'wizard.packageDetails.title': 'Paketdetails ({count, plural, one {# Hinweis} other {# Hinweise}})',
  'wizard.packageDetails.list': 'Was das Add-In in diesem Paket nicht verwendet',

  'wizard.firstSync.title': 'Erste Synchronisierung',
  'wizard.firstSync.intro':
    'Ihre CRM-Daten werden auf diesen Computer heruntergeladen. Beim ersten Mal kann das einige Minuten dauern.',
  'wizard.firstSync.cancelledTitle': 'Synchronisierung abgebrochen',
  'wizard.firstSync.cancelled':
    'Sie haben die Synchronisierung abgebrochen. Es wurde nichts ersetzt; starten Sie sie erneut, wenn Sie bereit sind.',
  'wizard.firstSync.failedTitle': 'Synchronisierung fehlgeschlagen',
  'wizard.firstSync.notStarted': 'Die Synchronisierung konnte nicht gestartet werden – versuchen Sie es erneut.',

  'wizard.done.title': 'Alles bereit',
  'wizard.done.intro':
    'Ihre CRM-Daten sind auf diesem Computer ({seconds, number} s). Sie werden automatisch aktualisiert, solange dieser Bereich geöffnet ist, und mit der Schaltfläche „Synchronisieren“ im Outlook-Menüband.',
  'wizard.done.open': 'Meine CRM-Daten öffnen',
  'wizard.done.table': 'Heruntergeladene Datensätze',
  'wizard.done.object': 'Objekt',
  'wizard.done.records': 'Datensätze',
};
