import { describeError } from '../i18n';
import type { ErrorDescription, Translator } from '../i18n';

/** What a password is replaced with wherever it might appear in a shown text. */
const MASK = '••••';

/** `text` with every occurrence of `password` masked (nothing to mask for an empty password). */
export function maskPassword(text: string, password: string): string {
  return password.length > 0 ? text.split(password).join(MASK) : text;
}

/**
 * The text shown for a failed connect. Errors of our layers already carry an actionable message
 * without secrets; anything else gets a generic lead. As a last line of defence the password is
 * masked wherever it might appear (e.g. echoed back by a misconfigured proxy).
 *
 * @deprecated The task pane shows errors through {@link describeFailure} (localized title and what
 * to do, this text as the details); kept for code outside the task pane's UI.
 */
export function errorMessage(error: unknown, password: string): string {
  const raw =
    error instanceof Error && error.message
      ? error.message
      : `Connecting failed: ${String(error)} — check the server URL and try again`;
  return maskPassword(raw, password);
}

/** Options of {@link describeFailure}. */
export interface DescribeFailureOptions {
  /** Masked in every text (see {@link maskPassword}). */
  readonly password?: string;
  /** What was being done ("Could not sign in"): the title when the error's code has no messages of its own. */
  readonly title?: string;
}

/**
 * `error` as an {@link ErrorBar} shows it: the localized title and what to do of its code
 * ({@link describeError}), the error's own (technical, English) message as the details, and the
 * password masked everywhere. An error without messages of its own gets `options.title`, so the
 * user still reads what failed instead of "Something went wrong".
 */
export function describeFailure(
  translator: Translator,
  error: unknown,
  options: DescribeFailureOptions = {},
): ErrorDescription {
  const { password = '', title } = options;
  const described = describeError(translator, error);
  const generic = described.title === translator.t('error.unknown.title');
  return {
    title: maskPassword(generic && title ? title : described.title, password),
    whatToDo: maskPassword(described.whatToDo, password),
    details: maskPassword(described.details, password),
  };
}

/** A failure the pane itself found (a missing field, a run that did not finish): no technical details. */
export function plainFailure(title: string, whatToDo: string): ErrorDescription {
  return { title, whatToDo, details: '' };
}
