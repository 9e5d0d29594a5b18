import type { app as english } from '../en/app';

export const app: Record<keyof typeof english, string> = {
  'app.title': 'CRM Desktop',
  'app.tabs.label': 'Vistas de CRM Desktop',
  'app.tab.records': 'Registros',
  'app.tab.email': 'Correo actual',
  'app.tab.sync': 'Sincronización',
  'app.tab.issues': 'Incidencias',
  'app.tab.options': 'Opciones',
  'app.tab.issues.badge': '{count, plural, one {# abierta} other {# abiertas}}',
  'app.tabs.more': '{count, plural, one {# vista más} other {# vistas más}}',

  /* La línea de estado al pie del panel */
  'app.status.label': 'Estado de la sincronización',
  'app.status.never': 'Nunca sincronizado',
  'app.status.syncedJustNow': 'Sincronizado ahora mismo',
  'app.status.synced': 'Sincronizado {when}',
  'app.status.failedJustNow': 'La sincronización acaba de fallar',
  'app.status.failed': 'La sincronización falló {when}',
  'app.status.syncing': 'Sincronizando…',
  'app.status.syncingShare': 'Sincronizando… {share, number, ::percent}',
  'app.status.pending': '{count, number} sin enviar',
  'app.status.pending.hint':
    '{count, plural, one {# cambio hecho aquí aún no está en Siebel.} other {# cambios hechos aquí aún no están en Siebel.}} Abra la pestaña Sincronización.',
  'app.status.issues': '{count, plural, one {# incidencia} other {# incidencias}}',
  'app.status.issues.hint': 'Cambios que Siebel no pudo aceptar tal cual. Abra la pestaña Incidencias para decidir.',
  'app.status.offline': 'Sin conexión',
  'app.status.announce.syncing': 'Sincronizando…',
  'app.status.announce.synced': 'Sincronizado.',
  'app.status.announce.failed': 'La última sincronización falló: consulte la pestaña Sincronización.',
  'app.status.announce.issues':
    '{count, plural, one {# incidencia de sincronización espera su decisión.} other {# incidencias de sincronización esperan su decisión.}}',
  'app.offline': 'Sin conexión: la sincronización automática se reanudará cuando vuelva la red.',
  'app.loadingView': 'Cargando {view}…',
  'app.deploymentProblem.title': 'CRM Desktop no puede iniciarse',
};
