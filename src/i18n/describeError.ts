import { isAddinError } from '../shared';
import type { Translator } from './createTranslator';
import type { MessageId } from './Messages';

/** An error as a person reads it: in their language, with what to do, and the technical details. */
export interface ErrorDescription {
  /** What failed, in the user's language. */
  readonly title: string;
  /** What to do about it, in the user's language. */
  readonly whatToDo: string;
  /**
   * The error's own message (English, technical: operation, URL, Siebel's error code), for the
   * administrator; never contains a password or token (the layers that raise errors see to it).
   */
  readonly details: string;
}

/**
 * Describes `error` by its code (`AddinErrorCode`): the catalog's `error.<Code>.title` and
 * `error.<Code>.whatToDo`, or the generic ones for a code without its own messages.
 */
export function describeError(translator: Translator, error: unknown): ErrorDescription {
  const code = isAddinError(error) ? error.code : undefined;
  const details = error instanceof Error ? error.message : String(error);
  const own = code === undefined ? undefined : idsOf(translator, code);
  const ids = own ?? { title: 'error.unknown.title', whatToDo: 'error.unknown.whatToDo' };
  return { title: translator.t(ids.title), whatToDo: translator.t(ids.whatToDo), details };
}

function idsOf(translator: Translator, code: string): { title: MessageId; whatToDo: MessageId } | undefined {
  const title = `error.${code}.title` as MessageId;
  const whatToDo = `error.${code}.whatToDo` as MessageId;
  return translator.has(title) && translator.has(whatToDo) ? { title, whatToDo } : undefined;
}
