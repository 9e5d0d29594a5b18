import { messageParent, startHost } from '../host';
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

/** Entry of loginDialog.html: asks the password of the user named in `?user=` and answers the opener. */
async function main(): Promise<void> {
  await startHost();
  const user = new URLSearchParams(window.location.search).get('user') ?? '';
  const form = document.getElementById('login') as HTMLFormElement;
  (document.getElementById('who') as HTMLElement).textContent = user ? `Siebel user ${user}` : '';
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
