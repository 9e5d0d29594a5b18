import type { search as english } from '../en/search';

export const search: Record<keyof typeof english, string> = {
  'search.box.label': 'Buscar en todos los registros',
  'search.box.placeholder': 'Buscar cuentas, contactos, todo',
  'search.results.label': 'Resultados de la búsqueda',
  'search.results.searching': 'Buscando…',
  'search.results.summary':
    '{count, plural, one {# registro encontrado} other {# registros encontrados}} en {groups, plural, one {# tipo} other {# tipos}}',
  'search.results.summaryMore':
    'Más de {count, number} registros encontrados en {groups, plural, one {# tipo} other {# tipos}}',
  'search.results.group': '{label} ({count, number})',
  'search.results.groupMore': '{label} ({count, number}+)',
  'search.results.showMore': 'Mostrar más {label}',
  'search.results.none': 'Nada coincide con «{text}».',
  'search.results.noneHint':
    'La búsqueda encuentra el comienzo de las palabras en nombres, direcciones de correo y números de teléfono. Pruebe con una palabra, menos letras o explore un tipo más abajo.',
  'search.results.clear': 'Borrar la búsqueda',
  'search.results.readFailed': 'La búsqueda en sus registros locales ha fallado.',
  'search.results.favourite': 'Favorito',
  'search.home.favourites': 'Favoritos',
  'search.home.recent': 'Recientes',
  'search.home.showAll': 'Mostrar los {count, number}',
  'search.home.showFewer': 'Mostrar menos',
  'search.home.hint': 'Aquí aparecen los registros que abre. Marque uno con la estrella para mantenerlo arriba.',
  'search.home.readFailed': 'No se pudieron leer sus registros recientes y favoritos.',
  'search.favourite.toggle': 'Favorito',
  'search.favourite.on': 'En sus favoritos: haga clic para quitarlo',
  'search.favourite.off': 'Añadir a sus favoritos, que se muestran primero en Registros',
  'search.favourite.failed': 'No se pudo guardar el favorito.',
  'search.loading': 'Cargando sus registros',
  'search.noData.title': 'Todavía no hay datos de CRM en este equipo',
  'search.noData.body':
    'Sincronice para descargar sus cuentas, contactos, oportunidades y actividades. Seguirán disponibles sin conexión.',
  'search.noData.syncNow': 'Sincronizar ahora',
  'search.noData.running': 'Sincronizando… sus registros aparecerán aquí cuando termine.',
  'search.list.everywhere': 'Buscar en todos los tipos',
  'search.list.clear': 'Borrar la búsqueda',
};
