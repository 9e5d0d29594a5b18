import type { cli as english } from '../en/cli';

export const cli: Record<keyof typeof english, string> = {
  'cli.progress.phase': '{phase} ({seconds, number, ::.0 group-off} s)',
  'cli.progress.type':
    '{total, select, known {{phase} {type}: {written}/{expected} registros, {pages} páginas ({seconds, number, ::.0 group-off} s)} other {{phase} {type}: {written} registros, {pages} páginas ({seconds, number, ::.0 group-off} s)}}',
  'cli.summary.column.object': 'Objeto',
  'cli.summary.column.added': 'Nuevos',
  'cli.summary.column.changed': 'Modificados',
  'cli.summary.column.removed': 'Quitados',
  'cli.summary.column.total': 'Total',
  'cli.summary.synchronization': 'Sincronización:',
  'cli.summary.run':
    '{kind, select, initial {inicial} incremental {incremental} other {-}}{reason, select, none {} other { ({reason})}}, {outcome, select, succeeded {correcta} failed {con error} cancelled {cancelada} other {{outcome}}}',
  'cli.summary.packageId': 'Id. del paquete:',
  'cli.summary.hash': 'Hash:',
  'cli.summary.duration': 'Duración:',
  'cli.summary.durationValue': '{seconds, number, ::.00 group-off} s',
  'cli.summary.sessions': 'Sesiones:',
  'cli.summary.sessionsValue': '{opened} abiertas, {closed} cerradas',
  'cli.summary.sessionsPeakValue': '{opened} abiertas, {closed} cerradas, {peak} como máximo a la vez',
  'cli.summary.requests': 'Solicitudes:',
  'cli.summary.requestsValue': '{requests} ({sent} enviados, {received} recibidos)',
  'cli.summary.calls': 'Llamadas:',
  'cli.summary.callsValue':
    '{metadata} de metadatos, {queries} consultas, {batches} envíos, {logoffs} cierres de sesión; {retries} repetidas tras un error',
  'cli.summary.sent': 'Enviado:',
  'cli.summary.sentValue':
    '{inserted} nuevos, {updated} modificados, {deleted} eliminados, {issues} sin enviar (incidencias)',
  'cli.summary.issues': 'Incidencias ({count}):',
  'cli.summary.error': 'Error ({code}): {message}',
  'cli.bytes.B': '{value} B',
  'cli.bytes.KB': '{value} KB',
  'cli.bytes.MB': '{value} MB',
  'cli.bytes.GB': '{value} GB',
  'cli.password.prompt': 'Contraseña: ',
  'cli.password.missing':
    'No hay contraseña: la variable de entorno {name} no está definida y stdin no es un terminal. Defina {name} o indique otra variable con --password-env.',
  'cli.password.cancelled': 'Se canceló la introducción de la contraseña (Ctrl+C). Vuelva a ejecutar el comando.',
  'cli.interrupted': 'Interrumpido (Ctrl+C)',
  'cli.deployment.unreadable':
    'No se puede leer el archivo de implementación {path} ({error}). Compruebe la ruta indicada en --deployment.',
  'cli.deployment.notJson': 'El archivo de implementación {path} no es JSON válido: {error}',
  'cli.whatToDo': 'Qué hacer: {whatToDo}',
};
