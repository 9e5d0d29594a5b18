import type { errors as english } from '../en/errors';

export const errors: Record<keyof typeof english, string> = {
  'error.unknown.title': 'Algo salió mal',
  'error.unknown.whatToDo': 'Vuelva a intentarlo. Si vuelve a ocurrir, copie los detalles para su administrador.',
  'error.details': 'Detalles',
  'error.detailsLine': 'Detalles: {details}',
  'error.signInFirst': 'Inicie sesión primero: escriba su contraseña en Opciones y vuelva a sincronizar.',

  'error.SiebelFault.title': 'Siebel rechazó la solicitud',
  'error.SiebelFault.whatToDo':
    'Vuelva a intentarlo. Si Siebel la rechaza de nuevo, envíe los detalles a su administrador.',
  'error.BadCredentials.title': 'El nombre de usuario o la contraseña no son correctos',
  'error.BadCredentials.whatToDo':
    'Compruebe su nombre de usuario y contraseña de Siebel e inicie sesión de nuevo. Si cambió la contraseña hace poco, use la nueva.',
  'error.SessionRejected.title': 'Siebel no aceptó el inicio de sesión',
  'error.SessionRejected.whatToDo':
    'Vuelva a sincronizar. Si el problema continúa, póngase en contacto con su administrador.',
  'error.TooManySessions.title': 'Hay demasiadas sesiones de Siebel abiertas',
  'error.TooManySessions.whatToDo':
    'Cierre otras aplicaciones de Siebel en las que haya iniciado sesión, o espere unos minutos, y vuelva a sincronizar. Si el problema continúa, póngase en contacto con su administrador.',
  'error.NoPublishedPackage.title': 'No hay ningún paquete de CRM Desktop para su usuario',
  'error.NoPublishedPackage.whatToDo':
    'Su administrador debe publicar un paquete de CRM Desktop para una de sus responsabilidades. Póngase en contacto con su administrador y vuelva a intentarlo.',
  'error.Network.title': 'No se puede acceder al servidor Siebel',
  'error.Network.whatToDo': 'Compruebe su conexión de red y la dirección del servidor, y vuelva a sincronizar.',
  'error.Timeout.title': 'La operación tardó demasiado',
  'error.Timeout.whatToDo':
    'Es posible que el servidor esté ocupado. Vuelva a intentarlo dentro de unos minutos; si ocurre a menudo, avise a su administrador.',
  'error.HttpStatus.title': 'El servidor Siebel respondió con un error',
  'error.HttpStatus.whatToDo':
    'Vuelva a intentarlo más tarde. Si el problema continúa, compruebe la dirección del servidor o póngase en contacto con su administrador.',
  'error.Aborted.title': 'Se canceló la solicitud',
  'error.Aborted.whatToDo': 'Vuelva a sincronizar cuando quiera.',
  'error.NotSoap.title': 'El servidor no responde como un servidor Siebel',
  'error.NotSoap.whatToDo':
    'Es posible que la dirección lleve a una página de inicio de sesión o de proxy. Compruebe la dirección del servidor o póngase en contacto con su administrador.',
  'error.UnexpectedSoapShape.title': 'El servidor Siebel envió una respuesta inesperada',
  'error.UnexpectedSoapShape.whatToDo':
    'Póngase en contacto con su administrador y envíele los detalles: es posible que el servidor tenga otra versión o configuración.',
  'error.XmlRefused.title': 'La respuesta del servidor no se puede leer de forma segura',
  'error.XmlRefused.whatToDo': 'Póngase en contacto con su administrador y envíele los detalles.',
  'error.XmlEncode.title': 'No se puede enviar un valor a Siebel',
  'error.XmlEncode.whatToDo': 'Quite los caracteres especiales o invisibles del valor que escribió y vuelva a guardar.',
  'error.InvalidServerUrl.title': 'La dirección del servidor no es válida',
  'error.InvalidServerUrl.whatToDo':
    'Compruebe la URL del servidor Siebel en Opciones: debe ser una dirección completa que empiece por https://. Su administrador puede indicársela.',
  'error.InvalidWireProfile.title': 'No se puede usar la configuración de conexión de CRM Desktop',
  'error.InvalidWireProfile.whatToDo':
    'Solo su administrador puede corregir esta configuración. Póngase en contacto con su administrador y envíele los detalles.',
  'error.PageSizeTooLarge.title': 'El servidor Siebel rechazó el tamaño de página',
  'error.PageSizeTooLarge.whatToDo':
    'Vuelva a sincronizar. Si el problema continúa, póngase en contacto con su administrador.',

  'error.PackageFormat.title': 'No se puede usar su paquete de CRM Desktop',
  'error.PackageFormat.whatToDo':
    'Solo su administrador puede corregir el paquete. Póngase en contacto con su administrador y envíele los detalles.',

  'error.StorageFull.title': 'No queda espacio para sus datos de CRM',
  'error.StorageFull.whatToDo':
    'Libere espacio en disco o pida al departamento de TI que aumente el límite de almacenamiento, y vuelva a sincronizar. Los datos sincronizados hasta ahora se conservan.',
  'error.Store.title': 'No se pudieron leer ni guardar sus datos de CRM en este equipo',
  'error.Store.whatToDo':
    'Cierre y vuelva a abrir CRM Desktop, y vuelva a intentarlo. Si vuelve a ocurrir, póngase en contacto con su administrador.',

  'error.SyncAlreadyRunning.title': 'Ya hay una sincronización en curso',
  'error.SyncAlreadyRunning.whatToDo': 'Espere a que termine; puede seguir su progreso en la pestaña Sincronización.',
  'error.SyncCancelled.title': 'Se detuvo la sincronización',
  'error.SyncCancelled.whatToDo':
    'Los registros descargados hasta ahora se conservan. Vuelva a sincronizar para continuar donde se detuvo.',
  'error.SyncUnexpected.title': 'La sincronización se detuvo de forma inesperada',
  'error.SyncUnexpected.whatToDo': 'Vuelva a sincronizar. Si vuelve a ocurrir, envíe los detalles a su administrador.',
  'error.PendingChanges.title': 'Algunos de sus cambios aún no se han enviado a Siebel',
  'error.PendingChanges.whatToDo': 'Envíe primero sus cambios o confirme que se pueden descartar.',
  'error.RecordValidation.title': 'No se puede guardar el registro',
  'error.RecordValidation.whatToDo': 'Corrija los campos marcados y vuelva a guardar.',
  'error.InvalidResolution.title': 'No se pudo resolver el problema de sincronización',
  'error.InvalidResolution.whatToDo': 'Vuelva a sincronizar y elija de nuevo una solución para el problema.',
  'error.SharingUnavailable.title': 'Compartir con Siebel no está disponible',
  'error.SharingUnavailable.whatToDo':
    'Su paquete de CRM Desktop no lo admite. Póngase en contacto con su administrador.',

  'error.Host.title': 'Outlook no pudo completar la acción',
  'error.Host.whatToDo':
    'Vuelva a intentarlo. Si sigue fallando, reinicie Outlook; si eso no ayuda, póngase en contacto con su administrador.',
};
