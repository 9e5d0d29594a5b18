import type { ribbon as english } from '../en/ribbon';

// 150 caracteres como máximo por mensaje (Outlook); «Sync» es la etiqueta del botón (manifest.xml).
export const ribbon: Record<keyof typeof english, string> = {
  'ribbon.running': 'CRM Desktop: sincronizando…',
  'ribbon.progress': 'CRM Desktop: {progress}',
  'ribbon.signIn':
    'CRM Desktop: inicie sesión primero: en el panel, escriba su contraseña (marque «Recordar la contraseña en este equipo») y vuelva a pulsar Sync.',
  'ribbon.alreadyRunning':
    'CRM Desktop: ya hay una sincronización en curso (el progreso se muestra en el panel). Vuelva a pulsar Sync cuando termine.',
  'ribbon.timeLimit':
    'CRM Desktop: sincronización en pausa al llegar al límite de tiempo de Outlook. Para continuar, vuelva a pulsar Sync o abra CRM Desktop.',
  'ribbon.timeLimitRecords':
    '{total, select, known {CRM Desktop: sincronización en pausa por el límite de tiempo de Outlook ({written, number} de {expected, number} {type}). Para continuar, pulse Sync o abra CRM Desktop.} other {CRM Desktop: sincronización en pausa por el límite de tiempo de Outlook ({written, number} {type}). Para continuar, pulse Sync o abra CRM Desktop.}}',
  'ribbon.signInTooSlow':
    'CRM Desktop: el inicio de sesión ocupó casi todo el tiempo que Outlook da al botón Sync, así que no se sincronizó nada. Vuelva a pulsar Sync.',
  'ribbon.succeeded':
    '{issues, plural, =0 {CRM Desktop: sincronizado: {counts}} one {CRM Desktop: sincronizado: {counts} (# registro con incidencias: vea el panel)} other {CRM Desktop: sincronizado: {counts} (# registros con incidencias: vea el panel)}}',
  'ribbon.cancelled': 'CRM Desktop: sincronización cancelada. Vuelva a pulsar Sync cuando quiera.',
  'ribbon.failed': 'CRM Desktop: {details}',
  'ribbon.failedTitled': 'CRM Desktop: {title} ({details})',
  'ribbon.failedWithoutError': 'CRM Desktop: error de sincronización. Abra el panel para ver los detalles.',
};
