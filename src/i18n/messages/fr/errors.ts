import type { errors as english } from '../en/errors';

export const errors: Record<keyof typeof english, string> = {
  'error.unknown.title': "Une erreur s'est produite",
  'error.unknown.whatToDo': 'Réessayez. Si cela se reproduit, copiez les détails pour votre administrateur.',
  'error.details': 'Détails',
};
