import type { options as english } from '../en/options';

export const options: Record<keyof typeof english, string> = {
  'options.form': 'Opciones',
  'options.passwordHint.keep': 'Déjelo en blanco para conservar la contraseña actual.',
  'options.passwordHint.needed': 'Necesaria para sincronizar.',
  'options.signOut': 'Cerrar sesión',
  'options.diagnostics.title': 'Informe de diagnóstico',
  'options.diagnostics.hint':
    'Para el servicio de asistencia: versiones, configuración y las últimas sincronizaciones. No contiene contraseñas ni datos de CRM.',
  'options.diagnostics.copy': 'Copiar informe de diagnóstico',
  'options.diagnostics.copied':
    'El informe de diagnóstico está en el portapapeles. Péguelo en su mensaje al servicio de asistencia.',
  'options.diagnostics.copyFailed':
    'No se pudo copiar el informe automáticamente. Seleccione el texto de abajo y cópielo.',
  'options.diagnostics.failed': 'No se pudo crear el informe de diagnóstico',
  'options.diagnostics.text': 'Texto del informe de diagnóstico',
  'options.support': 'Ayuda: {contact}',
  'options.saved': 'Opciones guardadas.',
  'options.signedOut': 'Sesión cerrada: la contraseña ya no se recuerda en este equipo.',
  'options.errorTitle': 'Opciones',
  'options.missingFields': 'Escriba la URL del servidor y el nombre de usuario.',
  'options.passwordForNewLogin':
    'Escriba la contraseña de {userName}: un nuevo usuario o servidor requiere una sincronización completa.',
  'options.currentPasswordUnknown':
    'No se conoce la contraseña de {userName}: elija «Mantener actual», guarde esa contraseña y, a continuación, envíe los cambios.',
  'options.currentPasswordUnknown.noUser':
    'No se conoce la contraseña del usuario actual: elija «Mantener actual», guarde esa contraseña y, a continuación, envíe los cambios.',
  'options.sendNotFinished': 'El envío de los cambios no finalizó. Vuelva a intentarlo o acepte descartarlos.',
  'options.resynced': 'Se sincronizaron los datos de {userName}.',
  'options.resyncNotFinished':
    'La sincronización completa no finalizó. Iníciela de nuevo desde la pestaña Sincronización.',

  'options.autoSync.label': 'Sincronización automática',
  'options.autoSync.hint':
    'Mientras este panel está abierto y unos 20 segundos después de su última modificación; en pausa cuando no hay conexión.',
  'options.autoSync.off': 'Desactivada',
  'options.autoSync.minutes': '{minutes, plural, one {Cada minuto} other {Cada # minutos}}',
  'options.autoSync.hours': '{hours, plural, one {Cada hora} other {Cada # horas}}',

  'options.identity.errorTitle': 'Sincronización completa',
  'options.identity.passwordOf': 'Contraseña de {userName}',
  'options.identity.passwordFirst': 'Escriba primero la contraseña de {userName}.',
  'options.identity.synchronizeNow': 'Sincronizar ahora',
  'options.identity.notFinished': 'La sincronización no finalizó. Vuelva a intentarlo.',

  'options.resync.title': 'Se necesita una sincronización completa',
  'options.resync.who': '{userName} en {server}',
  'options.resync.replace':
    'Los datos de CRM de este equipo pertenecen a {current}. Como el nombre de usuario o el servidor cambia a {next}, hay que volver a descargar todos los datos de CRM, y los datos locales se reemplazarán.',
  'options.resync.download': 'Se descargarán todos los datos de CRM de {next}.',
  'options.resync.pending.checking': 'Buscando cambios locales que aún no se han enviado a Siebel…',
  'options.resync.pending.none': 'No hay cambios locales pendientes de enviar a Siebel, así que no se pierde nada.',
  'options.resync.pending':
    '{count, plural, one {# cambio local aún no se ha enviado a Siebel y se perdería.} other {# cambios locales aún no se han enviado a Siebel y se perderían.}}',
  'options.resync.sendOrDiscard': 'Envíelos primero a Siebel con el inicio de sesión actual, o acepte descartarlos.',
  'options.resync.discard':
    '{count, plural, one {Descartar # cambio no enviado} other {Descartar # cambios no enviados}}',
  'options.resync.keepSeeing': 'Seguirá viendo los datos actuales hasta que finalice la nueva sincronización.',
  'options.resync.sendFirst': 'Enviar primero los cambios',
  'options.resync.confirm': 'Cambiar y sincronizar',
  'options.resync.keepCurrent': 'Mantener actual',

  'options.storage.title': 'Datos en este equipo',
  'options.storage.asking': 'Consultando el almacenamiento del explorador',
  'options.storage.errorTitle': 'Almacenamiento del explorador',
  'options.storage.errorWhatToDo':
    'Sus datos de CRM siguen funcionando. Si vuelve a ocurrir, compruebe que este sitio pueda almacenar datos o consulte a su administrador.',
  'options.storage.persistent': 'Se conservan hasta que usted los elimine',
  'options.storage.bestEffort': 'El explorador puede borrarlos cuando quede poco espacio',
  'options.storage.unknown': 'Este Outlook no indica si los conserva',
  'options.storage.meaning.persistent':
    'El explorador no los elimina para liberar espacio. Aun así, si borra la caché de Office o los datos del explorador de este sitio, se eliminarán, junto con los cambios que aún no se hayan enviado a Siebel.',
  'options.storage.meaning.other':
    'Cuando quede poco espacio en disco, el explorador puede eliminarlos sin preguntar: sus datos de CRM se pueden volver a descargar, pero se perderían los cambios que aún no se hayan enviado a Siebel. Además, si borra la caché de Office o los datos del explorador de este sitio, se eliminarán, junto con los cambios que aún no se hayan enviado a Siebel.',
  'options.storage.unsent.none': 'Todos los cambios que hizo aquí se enviaron a Siebel.',
  'options.storage.unsent':
    '{count, plural, one {# cambio solo existe en este equipo hasta que la próxima sincronización lo envíe a Siebel.} other {# cambios solo existen en este equipo hasta que la próxima sincronización los envíe a Siebel.}}',
  'options.storage.used': '{used} usados',
  'options.storage.usedOfQuota': '{used} usados de los {quota} que permite el explorador',
  'options.storage.copies': 'Outlook en la web, el nuevo Outlook y Outlook clásico guardan cada uno su propia copia.',
  'options.storage.askToKeep': 'Pedir al explorador que los conserve',
  'options.storage.declined':
    'Por ahora, el explorador dijo que no: decide según sus propias reglas, por ejemplo, la frecuencia con la que usa el complemento.',
};
