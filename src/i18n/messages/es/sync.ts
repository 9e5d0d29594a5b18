import type { sync as english } from '../en/sync';

export const sync: Record<keyof typeof english, string> = {
  /* Progreso */
  'sync.progress.starting': 'Iniciando…',
  'sync.phase.idle': 'En espera',
  'sync.phase.connecting': 'Conectando con el servidor de Siebel…',
  'sync.phase.uploading': 'Enviando sus cambios a Siebel…',
  'sync.phase.checkingMetadata': 'Comprobando el paquete de personalización…',
  'sync.phase.applyingPackage': 'Instalando el paquete de personalización…',
  'sync.phase.downloading': 'Sincronizando…',
  'sync.phase.removingDeleted': 'Quitando los registros eliminados en Siebel…',
  'sync.phase.committing': 'Guardando…',
  'sync.phase.loggingOut': 'Cerrando la sesión en el servidor de Siebel…',
  'sync.phase.done': 'Sincronizado',
  'sync.phase.failed': 'Error de sincronización',
  'sync.phase.cancelled': 'Sincronización cancelada',
  'sync.progress.downloadingType':
    '{total, select, known {Sincronizando… {written, number} de {expected, number} {type}} other {Sincronizando… {written, number} {type}}}',
  'sync.progress.removingDeletedType': 'Quitando los registros eliminados en Siebel… ({type})',
  'sync.progress.label': 'Progreso de la sincronización',
  'sync.progress.cancel': 'Cancelar',
  /* Progress per object type (the Sync tab) */
  'sync.types.label': 'Progreso por tipo de objeto',
  'sync.types.bar': 'Progreso: {type}',
  'sync.types.records': '{count, plural, one {# registro} other {# registros}}',
  'sync.types.recordsOf': '{written, number} de {expected, number}',
  'sync.types.rate': '{rate, number} registros/s',
  'sync.types.timeLeft': '{minutes, plural, =0 {quedan unos {seconds, number} s} other {quedan unos # min}}',
  'sync.types.done': 'Terminado',
  'sync.types.downloading': 'Descargando…',
  'sync.counts':
    '{added, plural, one {# nuevo} other {# nuevos}}, {changed, plural, one {# modificado} other {# modificados}}, {removed, plural, one {# quitado} other {# quitados}}',
  'sync.counts.none': 'sin cambios',

  /* Pestaña Sincronización */
  'sync.view.label': 'Sincronización',
  'sync.view.syncNow': 'Sincronizar ahora',
  'sync.view.signInFirst': 'Inicie sesión para sincronizar: escriba su contraseña en Opciones.',
  'sync.last.title': 'Última sincronización',
  'sync.last.never': 'Nunca',
  'sync.last.succeeded': 'Sincronizado: {counts}',
  'sync.last.failed': '{seeHistory, select, yes {Error: consulte el historial más abajo} other {Error}}',
  'sync.last.cancelled': '{seeHistory, select, yes {Cancelada: consulte el historial más abajo} other {Cancelada}}',
  'sync.last.running': 'En curso',
  'sync.local.label': 'Cambios locales',
  'sync.local.none': 'No hay cambios locales pendientes de envío.',
  'sync.local.pending':
    '{count, plural, one {Aún sin sincronizar: # cambio local, que se enviará en la próxima sincronización.} other {Aún sin sincronizar: # cambios locales, que se enviarán en la próxima sincronización.}}',
  'sync.local.issues':
    '{count, plural, one {# incidencia de sincronización requiere su decisión: vea la pestaña Incidencias.} other {# incidencias de sincronización requieren su decisión: vea la pestaña Incidencias.}}',

  /* Historial */
  'sync.history.title': 'Historial',
  'sync.history.label': 'Historial de sincronización',
  'sync.history.loading': 'Leyendo el registro de sincronización',
  'sync.history.failed': 'No se pudo leer el registro de sincronización: {error}',
  'sync.history.empty': 'Todavía no hay ninguna sincronización.',
  'sync.history.failedOnly': 'Solo las fallidas',
  'sync.history.emptyHint': 'Aquí aparecerá cada sincronización, con lo que recibió y cualquier error.',
  'sync.history.noFailed':
    '{count, plural, one {La última sincronización no falló.} other {Ninguna de las últimas # sincronizaciones falló.}}',
  'sync.entry.outcome.running': 'En curso',
  'sync.entry.outcome.succeeded': 'Correcta',
  'sync.entry.outcome.failed': 'Error',
  'sync.entry.outcome.cancelled': 'Cancelada',
  'sync.entry.label':
    '{kind, select, initial {Sincronización inicial del {when}: {outcome}} other {Sincronización incremental del {when}: {outcome}}}',
  'sync.entry.kind': '{kind, select, initial {inicial} other {incremental}}',
  'sync.entry.kindWithDuration':
    '{kind, select, initial {inicial, {seconds, number} s} other {incremental, {seconds, number} s}}',
  'sync.entry.whatToDo': 'Qué hacer: {help}',
  'sync.entry.issues': '{count, plural, one {# registro sin sincronizar} other {# registros sin sincronizar}}',
  'sync.entry.issue': '{type}, {recordId}: {message}',
  'sync.entry.more': 'y {count, number} más',
  'sync.entry.packageWarnings':
    '{count, plural, one {Nuevo paquete de personalización: # elemento sin usar} other {Nuevo paquete de personalización: # elementos sin usar}}',
  'sync.entry.packageHelp':
    'Sus datos se sincronizan sin ellos. Si necesita alguno, indique a su administrador de CRM lo que aparece aquí.',
  'sync.entry.packageWarning': '{file}: {message}',
  'sync.uploads.new': '{count, plural, one {# nuevo} other {# nuevos}}',
  'sync.uploads.changed': '{count, plural, one {# modificado} other {# modificados}}',
  'sync.uploads.deleted': '{count, plural, one {# eliminado} other {# eliminados}}',
  'sync.uploads.sent': 'Enviado a Siebel: {parts}',
  'sync.uploads.sentSomeNot': 'Enviado a Siebel: {parts} · {unsent, number} sin enviar (vea Incidencias)',
  'sync.uploads.noneSent':
    '{count, plural, one {# cambio sin enviar a Siebel (vea Incidencias)} other {# cambios sin enviar a Siebel (vea Incidencias)}}',

  /* Qué hacer */
  'sync.help.BadCredentials':
    'Siebel rechazó el nombre de usuario o la contraseña. Vuelva a escribir su contraseña en Opciones (puede que haya cambiado o caducado) y sincronice.',
  'sync.help.SessionRejected':
    'Siebel finalizó la sesión. Vuelva a sincronizar; si se repite, pregunte a su administrador si su cuenta está bloqueada.',
  'sync.help.TooManySessions':
    'El servidor de Siebel no admite otra sesión de su usuario (puede que otro Outlook u otro cliente de Siebel esté sincronizando). Vuelva a sincronizar dentro de unos minutos; si se repite, avise a su administrador de CRM.',
  'sync.help.NoPublishedPackage':
    'No hay ningún paquete de personalización publicado para su responsabilidad. Pida a su administrador de CRM que publique uno para usted.',
  'sync.help.Network':
    'No se pudo conectar con el servidor de Siebel. Compruebe su conexión de red o VPN y la URL del servidor en Opciones, y vuelva a sincronizar.',
  'sync.help.Timeout':
    'El servidor de Siebel no respondió a tiempo. Puede que esté ocupado: vuelva a sincronizar dentro de unos minutos.',
  'sync.help.HttpStatus':
    'El servidor respondió con un error HTTP. Compruebe la URL del servidor en Opciones; si es correcta, indique a su administrador el estado que se muestra arriba.',
  'sync.help.Aborted': 'La solicitud se interrumpió. Vuelva a sincronizar.',
  'sync.help.NotSoap':
    "La URL del servidor no lleva a un punto de conexión de servicio web de Siebel. Compruebe la URL en Opciones (suele terminar en …/eai_'<lang>'/start.swe o …/eai/'<lang>'/swe).",
  'sync.help.UnexpectedSoapShape':
    'El servidor respondió de una forma que el complemento no entiende. Envíe este mensaje a su administrador.',
  'sync.help.XmlRefused':
    'El servidor envió XML que el complemento se niega a leer por seguridad. Envíe este mensaje a su administrador.',
  'sync.help.XmlEncode': 'No se pudo crear una solicitud. Envíe este mensaje a su administrador.',
  'sync.help.InvalidServerUrl':
    'La URL del servidor no es válida. Corríjala en Opciones (se requiere HTTPS, salvo en este equipo).',
  'sync.help.InvalidWireProfile':
    'La configuración de implementación de este complemento (su perfil de comunicación) no es válida. Póngase en contacto con su administrador de CRM: el complemento no puede comunicarse con Siebel hasta que se corrija.',
  'sync.help.PageSizeTooLarge':
    'El servidor de Siebel rechazó el tamaño de página incluso después de que el complemento lo redujera. Pida a su administrador que revise el parámetro MaximumPageSize del administrador de objetos.',
  'sync.help.SiebelFault':
    'Siebel notificó un error (su código aparece en el mensaje). Vuelva a sincronizar; si se repite, envíe el mensaje a su administrador.',
  'sync.help.PackageFormat':
    'El paquete de personalización de su responsabilidad contiene un error. Pida a su administrador de CRM que lo corrija y lo vuelva a publicar; sus datos actuales siguen siendo utilizables.',
  'sync.help.StorageFull':
    'El almacenamiento del explorador para Outlook está lleno. Libere espacio en disco o elija un filtro de sincronización más restringido en Opciones, y vuelva a sincronizar.',
  'sync.help.Store':
    'No se pudieron leer ni escribir los datos locales de CRM. Cierre y vuelva a abrir el panel de tareas, y vuelva a sincronizar.',
  'sync.help.SyncAlreadyRunning':
    'Había otra sincronización en curso (quizá iniciada desde el botón de la cinta de opciones). Espere a que termine; su progreso se muestra arriba.',
  'sync.help.SyncCancelled':
    'Se canceló la sincronización. Los registros escritos hasta ahora se conservan; vuelva a sincronizar para continuar.',
  'sync.help.SyncUnexpected':
    'Algo inesperado detuvo la sincronización. Vuelva a sincronizar; si se repite, envíe esta entrada del historial a su administrador.',
  'sync.help.PendingChanges':
    'Una sincronización completa descartaría cambios suyos que aún no se han enviado a Siebel. Sincronice de forma normal para enviarlos primero, o permita descartarlos en Opciones.',
  'sync.help.RecordValidation':
    'Un registro que modificó tiene valores que el formulario no permite. Corrija los campos indicados y vuelva a guardar.',
  'sync.help.InvalidResolution':
    'Esa acción no se aplica a esta incidencia de sincronización (puede que haya cambiado entretanto). Vuelva a abrir la pestaña Incidencias y elija una de las acciones que ofrece.',
  'sync.help.SharingUnavailable':
    'Su paquete de personalización no sincroniza las actividades ni sus contactos, por lo que no se pueden compartir correos ni reuniones. Pida a su administrador de Siebel un paquete que lo haga.',
  'sync.help.Host':
    'Outlook rechazó una solicitud del complemento. Vuelva a abrir el panel de tareas y vuelva a sincronizar.',
  'sync.help.fallback': 'Vuelva a sincronizar; si se repite, envíe esta entrada del historial a su administrador.',
  'sync.help.issues':
    'Estos registros se omitieron; el resto se sincronizó. Se volverán a intentar en la próxima sincronización. Si alguno sigue fallando, pida a su administrador que lo revise en Siebel por su id.',

  /* Datos locales perdidos */
  'sync.lost.title': 'Sus datos de CRM ya no están en este equipo',
  'sync.lost.before':
    'Su buzón indica que CRM Desktop ya se ha sincronizado, pero este Outlook no contiene datos de CRM.',
  'sync.lost.changesLost':
    'También se han perdido los cambios realizados aquí que aún no se habían enviado a Siebel. Lo que ya está en Siebel está a salvo.',
  'sync.lost.causes':
    'Esto ocurre cuando se borra la caché de Office o los datos del explorador para este sitio, cuando el explorador libera espacio en disco o cuando se trata de otro Outlook: Outlook en la Web, el nuevo Outlook y Outlook clásico guardan cada uno su propia copia.',
  'sync.lost.fullSync': 'Una sincronización completa vuelve a descargar sus datos de CRM desde Siebel.',
  'sync.lost.password': 'Contraseña de {user}',
  'sync.lost.passwordHint': 'Una contraseña recordada se guarda con los datos, así que también se ha perdido.',
  'sync.lost.download': 'Volver a descargar mis datos',
  'sync.lost.later': 'Más tarde',
  'sync.lost.enterPassword': 'Escriba primero la contraseña de {user}.',
  'sync.lost.notFinished': 'La sincronización no terminó. Inténtelo de nuevo.',
  'sync.lost.errorTitle': 'Volver a descargar sus datos',
  'sync.lost.restored': 'Sus datos de CRM se han vuelto a descargar desde Siebel.',
  'sync.lost.ok': 'Aceptar',
};
