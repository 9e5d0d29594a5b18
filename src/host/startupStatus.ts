/**
 * Ids of the start-up markup in taskpane.html: a static "Starting CRM Desktop" screen shown until
 * React renders, because the page may wait a long time for Office and the bundle must not be the
 * only thing that can say so. Pages without the markup (commands.html) are left alone.
 */
export const STARTUP_SLOW_ID = 'startup-slow';
/** The element that receives the message of a start-up failure. */
export const STARTUP_PROBLEM_ID = 'startup-problem';

/** Reveals the page's "Office is still loading — what to try" text. */
export function showSlowStart(doc: Document | undefined = globalThis.document): void {
  doc?.getElementById(STARTUP_SLOW_ID)?.removeAttribute('hidden');
}

/** Shows why the page cannot start, in place of the loading text. */
export function showStartProblem(message: string, doc: Document | undefined = globalThis.document): void {
  const element = doc?.getElementById(STARTUP_PROBLEM_ID);
  if (!element) return;
  element.textContent = message;
  element.removeAttribute('hidden');
  doc?.getElementById(STARTUP_SLOW_ID)?.setAttribute('hidden', '');
}
