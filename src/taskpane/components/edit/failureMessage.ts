import { describeError, type Translator } from '../../../i18n';

/** `error` as one message for an `ErrorBar`: what it means, what to do, and its technical details. */
export function failureMessage(translator: Translator, error: unknown): string {
  const { title, whatToDo, details } = describeError(translator, error);
  return translator.t('edit.failure', { title, whatToDo, details });
}
