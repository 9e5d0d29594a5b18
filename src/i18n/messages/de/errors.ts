import type { errors as english } from '../en/errors';

export const errors: Record<keyof typeof english, string> = {
  'error.unknown.title': 'Etwas ist schiefgelaufen',
  'error.unknown.whatToDo':
    'Versuchen Sie es erneut. Wenn es wieder passiert, kopieren Sie die Details für Ihren Administrator.',
  'error.details': 'Details',
};
