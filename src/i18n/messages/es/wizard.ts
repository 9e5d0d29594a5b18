import type { wizard as english } from '../en/wizard';

export const wizard: Record<keyof typeof english, string> = {
  'wizard.position': 'Paso {step} de {total}',
  'wizard.loadingStep': 'Cargando el paso siguiente…',

  'wizard.welcome.title': 'Le damos la bienvenida a CRM Desktop',
  'wizard.welcome.intro':
    'CRM Desktop lleva sus cuentas, contactos, oportunidades y actividades de Siebel a Outlook, para que pueda trabajar con ellos junto a su correo electrónico, incluso sin conexión.',
  'wizard.welcome.needs':
    'Necesitará la dirección de su servidor Siebel, y su nombre de usuario y contraseña de Siebel.',
  'wizard.welcome.start': 'Comenzar',

  'wizard.server.title': 'Servidor Siebel',
  'wizard.server.intro':
    'Escriba la dirección del punto de conexión Siebel EAI de su empresa. Su administrador puede indicársela; empieza por https://.',
  'wizard.server.test': 'Probar la conexión',
  'wizard.server.testing': 'Probando…',
  'wizard.server.ok': 'Conexión correcta: {details}.',
  'wizard.server.failed': 'Error en la prueba de conexión',
  'wizard.server.problem.invalidUrl':
    'Compruebe la dirección: debe ser una URL completa que empiece por https://. Su administrador puede indicársela.',
  'wizard.server.problem.unreachable':
    'Compruebe la dirección y su conexión de red. Si ambas son correctas, es posible que el servidor no esté disponible: consulte a su administrador.',
  'wizard.server.problem.tls':
    'Este equipo no confía en el certificado del servidor. Póngase en contacto con su administrador o con el departamento de TI.',
  'wizard.server.problem.cors':
    'El servidor respondió, pero no permite que CRM Desktop se conecte. Póngase en contacto con su administrador.',
  'wizard.server.problem.timeout':
    'El servidor no respondió a tiempo. Compruebe la dirección o vuelva a intentarlo dentro de unos minutos.',
  'wizard.server.problem.httpStatus':
    'El servidor respondió con un error. Compruebe que la dirección sea el punto de conexión Siebel EAI que le indicó su administrador.',
  'wizard.server.problem.notSiebel':
    'Esta dirección no es un punto de conexión Siebel EAI. Compruebe la dirección con su administrador.',

  'wizard.credentials.title': 'Iniciar sesión',
  'wizard.credentials.intro':
    'Su nombre de usuario y contraseña de Siebel. La contraseña permanece en este equipo y solo se envía a su servidor Siebel.',
  'wizard.credentials.submit': 'Iniciar sesión',
  'wizard.credentials.busy': 'Iniciando sesión…',
  'wizard.credentials.userNameMissing': 'Escriba su nombre de usuario de Siebel.',
  'wizard.credentials.passwordMissing': 'Escriba su contraseña.',
  'wizard.credentials.failed': 'No se pudo iniciar sesión',

  'wizard.package.title': 'Su paquete de CRM',
  'wizard.package.intro': 'Siebel asignó el paquete «{name}» ({packageId}) a su responsabilidad.',
  'wizard.package.objects': 'Sincroniza estos objetos con este equipo:',
  'wizard.package.start': 'Iniciar la sincronización',
  'wizard.package.saveFailed': 'No se pudieron guardar sus opciones de inicio de sesión',
  'wizard.preset.label': 'Filtro de sincronización',
  'wizard.preset.option':
    '{name}{recommended, select, yes { (recomendado)} other {}}{unavailable, select, yes { (no disponible)} other {}}',
  'wizard.preset.unavailable': 'No se puede usar: {reason}',
  'wizard.packageDetails.title': 'Detalles del paquete ({count, plural, one {# nota} other {# notas}})',
  'wizard.packageDetails.list': 'Lo que el complemento no usa de este paquete',

  'wizard.firstSync.title': 'Primera sincronización',
  'wizard.firstSync.intro':
    'Sus datos de CRM se están descargando en este equipo. La primera vez puede tardar unos minutos.',
  'wizard.firstSync.cancelledTitle': 'Sincronización cancelada',
  'wizard.firstSync.cancelled': 'Canceló la sincronización. No se reemplazó nada; iníciela de nuevo cuando quiera.',
  'wizard.firstSync.failedTitle': 'Error en la sincronización',
  'wizard.firstSync.notStarted': 'No se pudo iniciar la sincronización. Vuelva a intentarlo.',

  'wizard.done.title': 'Todo listo',
  'wizard.done.intro':
    'Sus datos de CRM ya están en este equipo ({seconds, number} s). Se mantienen actualizados automáticamente mientras este panel está abierto y con el botón Sincronizar de la cinta de Outlook.',
  'wizard.done.open': 'Abrir mis datos de CRM',
  'wizard.done.table': 'Registros descargados',
  'wizard.done.object': 'Objeto',
  'wizard.done.records': 'Registros',
};
