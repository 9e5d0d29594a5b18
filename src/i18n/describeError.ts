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
 * `error.<Code>.whatToDo`, or the generic ones for a code without its own messages. Besides an
 * `AddinError`, `error` may be the `{ code, message }` a sync report keeps (`SyncErrorInfo`).
 */
export function describeError(translator: Translator, error: unknown): ErrorDescription {
  const code = codeOf(error);
  const details = detailsOf(error);
  const own = code === undefined ? undefined : idsOf(translator, code);
  const ids = own ?? { title: 'error.unknown.title', whatToDo: 'error.unknown.whatToDo' };
  return { title: translator.t(ids.title), whatToDo: translator.t(ids.whatToDo), details };
}

function idsOf(translator: Translator, code: string): { title: MessageId; whatToDo: MessageId } | undefined {
  const title = `error.${code}.title` as MessageId;
  const whatToDo = `error.${code}.whatToDo` as MessageId;
  return translator.has(title) && translator.has(whatToDo) ? { title, whatToDo } : undefined;
}

/** An error with a code: an `AddinError`, or a `{ code, message }` record of one (a sync report's error). */
function codeOf(error: unknown): string | undefined {
  if (isAddinError(error)) return error.code;
  return isErrorRecord(error) ? error.code : undefined;
}

function detailsOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return isErrorRecord(error) ? error.message : String(error);
}

function isErrorRecord(value: unknown): value is { readonly code: string; readonly message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
