import type { email as english } from '../en/email';

export const email: Record<keyof typeof english, string> = {
  'email.region': 'Correo actual',
  'email.heading': 'Este correo',
  'email.refresh': 'Actualizar',
  'email.dismiss': 'Descartar',
  'email.backToEmail': 'Volver al correo',
  'email.noSubject': '(sin asunto)',
  'email.sample': 'Ejemplo',
  'email.sample.title': 'Creado por la página independiente: CRM Desktop no se está ejecutando en Outlook',
  'email.sample.refused':
    'Este es el correo de ejemplo de la página independiente de CRM Desktop, no un correo de Outlook: solo se puede compartir con el simulador de Siebel que ofrece esta página ({origin}), y este panel de tareas está conectado a {server}. Abra CRM Desktop en Outlook para compartir sus propios correos.',
  'email.sample.noServer': 'ningún servidor todavía',
  'email.abandoned':
    'Se canceló el uso compartido de "{subject}" porque seleccionó otro elemento; no se compartió nada. Vuelva a seleccionarlo para compartirlo.',
  'email.lookingUp': 'Buscando el remitente y los destinatarios',
  'email.lookupFailed': 'No se pudieron buscar los contactos del correo. Use Actualizar para volver a intentarlo.',
  'email.noItem':
    'No hay ningún correo abierto. Seleccione un mensaje o una reunión en Outlook para ver los contactos de CRM del remitente y los destinatarios; un panel de CRM Desktop anclado sigue su selección.',
  'email.contacts.heading': 'Contactos de este correo',
  'email.contacts.list': 'Contactos coincidentes',
  'email.noData':
    'Todavía no hay datos de CRM. Ejecute la primera sincronización en la pestaña Sincronización; después, los contactos de sus correos aparecerán aquí.',
  'email.role': '{role, select, From {De} To {Para} Cc {CC} other {{role}}}',
  'email.card.account': 'Cuenta:',
  'email.card.noAccount': 'Sin cuenta',
  'email.card.noDeals': 'No hay oportunidades abiertas',
  'email.card.deals': 'Oportunidades abiertas de {account}',
  'email.share.title': 'Compartir con Siebel',
  'email.share.saveFirst': 'Primero guarde o envíe este elemento; después podrá compartirlo con Siebel.',
  'email.share.checking': 'Comprobando si este elemento está compartido',
  'email.share.checkFailed': 'No se pudo comprobar si este elemento está compartido.',
  'email.share.notShared':
    '{itemType, select, meeting {Esta reunión no está compartida} other {Este correo no está compartido}} con Siebel.',
  'email.share.linked': 'Compartido con Siebel como actividad "{name}": vinculado a {names}',
  'email.share.unlinked': 'Compartido con Siebel como actividad "{name}": sin vínculos con ningún registro',
  'email.share.changeLinks': 'Cambiar vínculos',
  'email.share.share': 'Compartir',
  'email.share.saveLinks': 'Guardar vínculos',
  'email.share.account': 'Cuenta',
  'email.share.opportunity': 'Oportunidad',
  'email.share.contacts': 'Contactos',
  'email.share.failed': 'No se pudo compartir con Siebel.',
  'email.share.selectionChanged':
    'No se pudo compartir con Siebel: se seleccionó otro elemento mientras se compartía "{subject}", así que no se compartió nada. Vuelva a seleccionarlo y compártalo.',
  'email.picker.none': 'Ninguno',
  'email.picker.withHint': '{name} ({hint})',
  'email.picker.noSuggestion': 'No hay sugerencias a partir de las direcciones del correo.',
  'email.picker.search': 'Buscar {label}',
  'email.picker.searching': 'Buscando…',
  'email.picker.noOtherMatch': 'No hay más coincidencias con "{query}".',
  'email.picker.results': 'Resultados de búsqueda: {label}',
  'email.picker.add': 'Agregar {name}',
  'email.picker.choose': 'Elegir {name}',
  'email.note.notRecorded':
    'No se pudo registrar el uso compartido en {itemType, select, meeting {la propia reunión} other {el propio correo}}: este equipo sigue sabiendo que está compartido, pero otro Outlook podría mostrarlo como no compartido.',
  'email.note.notRecordedBecause':
    'No se pudo registrar el uso compartido en {itemType, select, meeting {la propia reunión} other {el propio correo}} ({problem}): este equipo sigue sabiendo que está compartido, pero otro Outlook podría mostrarlo como no compartido.',
  'email.note.createCategory':
    'Para ver de un vistazo los elementos compartidos, cree una vez una categoría de Outlook llamada "{category}" (Categorizar › Todas las categorías › Nueva); a partir de entonces se aplicará a cada elemento que comparta.',
  'email.note.notAllowed':
    'Outlook no permitió que el complemento marcara {itemType, select, meeting {esta reunión} other {este correo}} con la categoría "{category}" (puede que aquí sea de solo lectura).',
  'email.note.categoryFailed': 'No se pudo aplicar la categoría "{category}".',
  'email.note.categoryFailedBecause': 'No se pudo aplicar la categoría "{category}" ({problem}).',
  'email.draft':
    'Un correo nuevo. Los contactos de CRM de sus destinatarios aparecen aquí cuando haya añadido destinatarios: seleccione Actualizar.',
  'email.person.unknown': 'No está en sus datos de CRM',
  'email.addContact': 'Añadir como contacto',
  'email.addContact.named': 'Añadir a {name} como contacto',
  'email.openContact': 'Abrir contacto',
  'email.lead': '{role, select, From {Remitente} other {Destinatario}}',
  'email.card.activities': 'Últimas actividades',
  'email.card.activitiesOf': 'Últimas actividades de {name}',
  'email.card.noActivities': 'Todavía no hay actividades',
  'email.card.moreDeals': '{count, plural, one {# oportunidad abierta más} other {# oportunidades abiertas más}}',
  'email.others.heading': '{count, plural, one {# persona más en este correo} other {# personas más en este correo}}',
  'email.others.list': 'Otras personas de este correo',
  'email.add.looking': 'Buscando la cuenta de {domain}',
  'email.add.site': 'Cuenta sugerida: {name} (su sitio web o correo es de {domain}). Cámbiela o bórrela en Cuenta.',
  'email.add.contacts':
    'Cuenta sugerida: {name} ({count, plural, one {# contacto} other {# contactos}} de {domain}). Cámbiela o bórrela en Cuenta.',
  'email.add.public':
    '{domain} es un servicio de correo público, así que no se sugiere ninguna cuenta. Elija una en el campo Cuenta si la conoce.',
  'email.add.none': 'No se conoce ninguna cuenta de {domain}. Elija una en el campo Cuenta si la conoce.',
  'email.add.suggestFailed': 'No se pudo sugerir la cuenta; elija una en el campo Cuenta.',
  'email.nobodyKnown': 'Nadie de este correo está todavía en sus datos de CRM.',
  'email.card.next': 'Próxima:',
};
