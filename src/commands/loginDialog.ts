import { messageParent, startHost } from '../host';
import { createTranslator, ENGLISH_CATALOG, loadCatalog, pickLocale } from '../i18n';
import type { Catalog, Translator } from '../i18n';
import { createLogger } from '../shared';

const log = createLogger('commands');

/** What the sign-in dialog sends to the function file (same origin, never stored by Office). */
export interface LoginDialogAnswer {
  readonly password: string;
  readonly remember: boolean;
}

/** Reads a dialog message; `null` when it is not a {@link LoginDialogAnswer}. */
export function parseLoginDialogAnswer(message: string | null): LoginDialogAnswer | null {
  if (message === null) return null;
  try {
    const value = JSON.parse(message) as Partial<LoginDialogAnswer>;
    return typeof value.password === 'string' && value.password !== ''
      ? { password: value.password, remember: value.remember === true }
      : null;
  } catch {
    return null;
  }
}

/** Puts `text` in the element `id` of the page (the HTML's English stays until the catalog is loaded). */
function setText(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

/** The page's texts in the language of Outlook (else the browser's): the HTML carries English. */
function translatePage(translator: Translator, user: string): void {
  const { t } = translator;
  document.documentElement.lang = translator.uiLocale;
  document.title = t('dialog.login.pageTitle');
  setText('title', t('dialog.login.title'));
  setText('who', user ? t('dialog.login.who', { user }) : '');
  setText('password-label', t('common.password'));
  setText('remember-label', t('common.rememberPassword'));
  setText('submit', t('dialog.login.submit'));
}

/** The catalog of Outlook's display language (else the browser's); English when it cannot be loaded. */
async function catalogFor(displayLanguage: string): Promise<Catalog> {
  try {
    return await loadCatalog(pickLocale([displayLanguage, ...(navigator.languages ?? [])]));
  } catch (error) {
    log.warn(`the sign-in window stays in English: ${(error as Error)?.message ?? String(error)}`);
    return ENGLISH_CATALOG;
  }
}

/** Entry of loginDialog.html: asks the password of the user named in `?user=` and answers the opener. */
async function main(): Promise<void> {
  const host = await startHost();
  const user = new URLSearchParams(window.location.search).get('user') ?? '';
  const form = document.getElementById('login') as HTMLFormElement;
  translatePage(createTranslator(await catalogFor(host.displayLanguage)), user);
  const password = document.getElementById('password') as HTMLInputElement;
  password.focus();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (password.value === '') return;
    const remember = (document.getElementById('remember') as HTMLInputElement).checked;
    messageParent(JSON.stringify({ password: password.value, remember } satisfies LoginDialogAnswer));
  });
}

if (typeof document !== 'undefined' && document.getElementById('login')) {
  main().catch((error: unknown) =>
    log.error(`the sign-in window could not start: ${(error as Error)?.message ?? String(error)}`),
  );
}
