import type { cli as english } from '../en/cli';

export const cli: Record<keyof typeof english, string> = {
  'cli.progress.phase': '{phase} ({seconds, number, ::.0 group-off} s)',
  'cli.progress.type':
    '{total, select, known {{phase} {type}: {written}/{expected} Datensätze, {pages} Seiten ({seconds, number, ::.0 group-off} s)} other {{phase} {type}: {written} Datensätze, {pages} Seiten ({seconds, number, ::.0 group-off} s)}}',
  'cli.summary.column.object': 'Objekt',
  'cli.summary.column.added': 'Neu',
  'cli.summary.column.changed': 'Geändert',
  'cli.summary.column.removed': 'Entfernt',
  'cli.summary.column.total': 'Gesamt',
  'cli.summary.synchronization': 'Synchronisierung:',
  'cli.summary.run':
    '{kind, select, initial {Erstsynchronisierung} incremental {inkrementell} other {-}}{reason, select, none {} other { ({reason})}}, {outcome, select, succeeded {erfolgreich} failed {fehlgeschlagen} cancelled {abgebrochen} other {{outcome}}}',
  'cli.summary.packageId': 'Paket-ID:',
  'cli.summary.hash': 'Hash:',
  'cli.summary.duration': 'Dauer:',
  'cli.summary.durationValue': '{seconds, number, ::.00 group-off} s',
  'cli.summary.sessions': 'Sitzungen:',
  'cli.summary.sessionsValue': '{opened} geöffnet, {closed} geschlossen',
  'cli.summary.sessionsPeakValue': '{opened} geöffnet, {closed} geschlossen, höchstens {peak} gleichzeitig',
  'cli.summary.requests': 'Anforderungen:',
  'cli.summary.requestsValue': '{requests} ({sent} gesendet, {received} empfangen)',
  'cli.summary.calls': 'Aufrufe:',
  'cli.summary.callsValue':
    '{metadata} Metadaten, {queries} Abfragen, {batches} Uploads, {logoffs} Abmeldungen; davon {retries} nach einem Fehler wiederholt',
  'cli.summary.sent': 'Gesendet:',
  'cli.summary.sentValue': '{inserted} neu, {updated} geändert, {deleted} gelöscht, {issues} nicht gesendet (Probleme)',
  'cli.summary.issues': 'Probleme ({count}):',
  'cli.summary.error': 'Fehler ({code}): {message}',
  'cli.bytes.B': '{value} B',
  'cli.bytes.KB': '{value} KB',
  'cli.bytes.MB': '{value} MB',
  'cli.bytes.GB': '{value} GB',
  'cli.password.prompt': 'Kennwort: ',
  'cli.password.missing':
    'Kein Kennwort: Die Umgebungsvariable {name} ist nicht gesetzt, und stdin ist kein Terminal. Setzen Sie {name}, oder geben Sie mit --password-env eine andere Variable an.',
  'cli.password.cancelled': 'Kennworteingabe mit Strg+C abgebrochen. Führen Sie den Befehl erneut aus.',
  'cli.interrupted': 'Unterbrochen (Strg+C)',
  'cli.deployment.unreadable':
    'Die Bereitstellungsdatei {path} kann nicht gelesen werden ({error}). Überprüfen Sie den bei --deployment angegebenen Pfad.',
  'cli.deployment.notJson': 'Die Bereitstellungsdatei {path} enthält kein gültiges JSON: {error}',
  'cli.whatToDo': 'Was Sie tun können: {whatToDo}',
};
