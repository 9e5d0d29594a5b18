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
  'app.offline': 'Sin conexión: la sincronización automática se reanudará cuando vuelva la red.',
  'app.loadingView': 'Cargando {view}…',
  'app.deploymentProblem.title': 'CRM Desktop no puede iniciarse',
};
