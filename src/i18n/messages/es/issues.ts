import type { issues as english } from '../en/issues';

export const issues: Record<keyof typeof english, string> = {
  'issues.opening': 'Abriendo sus datos de CRM',
  'issues.openFailed': 'No se pudieron abrir sus datos locales de CRM: {error}',
  'issues.title': 'Incidencias de sincronización',
  'issues.reading': 'Leyendo las incidencias de sincronización',
  'issues.readFailed': 'No se pudieron leer las incidencias de sincronización: {error}',
  'issues.none': 'No hay incidencias de sincronización',
  'issues.none.detail':
    'Nada espera su decisión. Los cambios que haga aquí llegan a Siebel con la próxima sincronización.',
  'issues.sentNext': 'Lo que elija aquí se enviará a Siebel en la próxima sincronización.',
  'issues.list': 'Incidencias abiertas',

  'issues.kind.failure': 'Sin enviar',
  'issues.kind.fieldConflict': 'Conflicto',
  'issues.kind.deletedInSiebel': 'Eliminado en Siebel',
  'issues.kind.deletedHere': 'Modificado en Siebel',
  'issues.kind.duplicate': 'Posible duplicado',
  'issues.action.retry': 'Reintentar',
  'issues.action.recreate': 'Volver a crearlo',
  'issues.action.acceptDeletion': 'Aceptar la eliminación',
  'issues.action.deleteAnyway': 'Eliminar de todos modos',
  'issues.action.keepSiebel': 'Conservar el registro de Siebel',
  'issues.action.createAnyway': 'Crear de todos modos',
  'issues.action.discard': 'Descartar mi cambio',
  'issues.resolveFailed': 'No se pudo resolver esta incidencia: {error}',

  'issues.conflict.label': 'Campos en conflicto',
  'issues.conflict.field': 'Campo',
  'issues.conflict.mine': 'Mi valor',
  'issues.conflict.siebel': 'Valor en Siebel',
  'issues.conflict.choice':
    '{side, select, local {Mi valor para {field}: {value}} other {Valor en Siebel para {field}: {value}}}',
  'issues.conflict.empty': '(vacío)',
  'issues.conflict.apply': 'Aplicar',
  'issues.conflict.left':
    '{count, plural, one {Elija un valor para cada campo (queda #).} other {Elija un valor para cada campo (quedan #).}}',

  'issues.duplicate.gone': 'El registro coincidente ya no existe.',
  'issues.duplicate.label': 'Registros existentes',
  'issues.duplicate.inSiebel': 'En Siebel',
  'issues.duplicate.onThisComputer': 'En este equipo',
  'issues.duplicate.use': 'Usar este registro',
};
