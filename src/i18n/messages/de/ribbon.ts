import type { ribbon as english } from '../en/ribbon';

// Höchstens 150 Zeichen je Meldung (Outlook); „Sync“ ist die Beschriftung der Schaltfläche (manifest.xml).
export const ribbon: Record<keyof typeof english, string> = {
  'ribbon.running': 'CRM Desktop: Synchronisierung läuft…',
  'ribbon.progress': 'CRM Desktop: {progress}',
  'ribbon.signIn':
    'CRM Desktop: Bitte zuerst anmelden: Kennwort im Aufgabenbereich eingeben („Kennwort auf diesem Computer speichern“) und erneut auf „Sync“ klicken.',
  'ribbon.alreadyRunning':
    'CRM Desktop: Es läuft bereits eine Synchronisierung (Fortschritt im Aufgabenbereich). Klicken Sie danach erneut auf „Sync“.',
  'ribbon.timeLimit':
    'CRM Desktop: Synchronisierung am Outlook-Zeitlimit für Menübandbefehle angehalten. Zum Fortsetzen erneut auf „Sync“ klicken oder CRM Desktop öffnen.',
  'ribbon.timeLimitRecords':
    '{total, select, known {CRM Desktop: Bis zum Outlook-Zeitlimit synchronisiert: {type} {written, number} von {expected, number}. Zum Fortsetzen erneut auf „Sync“ klicken oder CRM Desktop öffnen.} other {CRM Desktop: Bis zum Outlook-Zeitlimit synchronisiert: {type} {written, number}. Zum Fortsetzen erneut auf „Sync“ klicken oder CRM Desktop öffnen.}}',
  'ribbon.signInTooSlow':
    'CRM Desktop: Die Anmeldung hat fast die ganze Zeit gedauert, die Outlook „Sync“ gewährt; nichts wurde synchronisiert. Klicken Sie erneut auf „Sync“.',
  'ribbon.succeeded':
    '{issues, plural, =0 {CRM Desktop: Synchronisiert: {counts}} one {CRM Desktop: Synchronisiert: {counts} (# Datensatz mit Problemen: siehe Aufgabenbereich)} other {CRM Desktop: Synchronisiert: {counts} (# Datensätze mit Problemen: siehe Aufgabenbereich)}}',
  'ribbon.cancelled': 'CRM Desktop: Synchronisierung abgebrochen. Klicken Sie erneut auf „Sync“, wenn Sie bereit sind.',
  'ribbon.failed': 'CRM Desktop: {details}',
  'ribbon.failedTitled': 'CRM Desktop: {title} ({details})',
  'ribbon.failedWithoutError': 'CRM Desktop: Synchronisierung fehlgeschlagen – Details im Aufgabenbereich',
};
