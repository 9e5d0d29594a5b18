import type { errors as english } from '../en/errors';

export const errors: Record<keyof typeof english, string> = {
  'error.unknown.title': 'Algo ha salido mal',
  'error.unknown.whatToDo': 'Vuelva a intentarlo. Si vuelve a ocurrir, copie los detalles para su administrador.',
  'error.details': 'Detalles',
};
