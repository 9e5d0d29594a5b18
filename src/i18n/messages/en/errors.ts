/**
 * English messages of errors: for each error code a title and what to do; the source every other
 * catalog translates (ICU MessageFormat).
 */
export const errors = {
  'error.unknown.title': 'Something went wrong',
  'error.unknown.whatToDo': 'Try again. If it happens again, copy the details for your administrator.',
  'error.details': 'Details',
} as const;
