import type { actions as english } from '../en/actions';

export const actions: Record<keyof typeof english, string> = {
  'actions.group': 'Acciones para {name}',
  'actions.email': 'Correo',
  'actions.email.tooltip': 'Nuevo correo a {address}',
  'actions.email.failed': 'Outlook no abrió un mensaje nuevo para {address}.',
  'actions.email.mailto': 'Escribirlo con su programa de correo',
  'actions.call': 'Llamar',
  'actions.call.tooltip': 'Llamar al {number}',
  'actions.map': 'Mapa',
  'actions.map.tooltip': 'Abrir un mapa de {address} en una ventana nueva',
  'actions.siebel.tooltip': 'Abrir este registro en el cliente web de Siebel, en una ventana nueva',
  'actions.copyId': 'Copiar Id',
  'actions.copyId.tooltip': 'Copiar el Id de Siebel {id}',
  'actions.copyValue': 'Copiar {label}',
  'actions.copied': 'Copiado',
  'actions.copyRefused': 'El navegador no permitió copiar. Seleccione el texto y pulse Ctrl+C:',
  'actions.copyRefused.text': 'Texto para copiar',
  'actions.dismiss': 'Cerrar',
};
