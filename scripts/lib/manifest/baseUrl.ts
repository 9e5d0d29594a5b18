/**
 * The public base URL a build is made for (docs/deployment.md): where `taskpane.html`, `commands.html`
 * and `assets/` are served. manifest.xml names the dev server; a build for a real host rewrites every
 * URL of it to the base URL, the way Microsoft's add-in templates replace `urlDev` with `urlProd`.
 */

/** Where manifest.xml points: the dev server (`DEV_SERVER_HTTPS=1 npm start`). */
export const DEV_BASE_URL = 'https://localhost:3000/';

/** The environment variable `npm run build` reads when no `--env baseUrl=…` is given. */
export const BASE_URL_ENV = 'ADDIN_BASE_URL';

/** What a refused base URL looks like in a message, with what to do about it. */
const EXAMPLE = 'e.g. npm run build -- --env baseUrl=https://addin.contoso.com/crm/';

/** Host names of the machine itself: never where Outlook on another computer finds the add-in. */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Loopback names anywhere in a text: what a build for a real host must not carry in its manifests. */
export const LOOPBACK_PATTERN = /localhost|127\.0\.0\.1|\[::1\]/gi;

/** A base URL the build refuses; the message says why and what to pass instead. */
export class BaseUrlError extends Error {
  constructor(input: string, reason: string) {
    super(`The add-in's base URL "${input}" ${reason} (${EXAMPLE}, or ${BASE_URL_ENV}=…)`);
    this.name = 'BaseUrlError';
    // The message says all there is: webpack-cli prints the stack, which would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * Checks the public base URL and returns it with a final `/`: an absolute https URL without user
 * name, password, query or fragment, on a host other than this machine.
 *
 * @example parseBaseUrl('https://addin.contoso.com/crm') // 'https://addin.contoso.com/crm/'
 * @throws BaseUrlError naming the problem and an example of a good value
 */
export function parseBaseUrl(input: string): string {
  const text = input.trim();
  if (text === '') throw new BaseUrlError(input, 'is empty: give the https address dist/ will be served from');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BaseUrlError(input, 'is not an absolute URL: start it with https:// and the host name');
  }
  if (url.protocol !== 'https:')
    throw new BaseUrlError(input, `uses ${url.protocol.replace(/:$/, '')}: Outlook loads add-ins over https only`);
  if (url.username || url.password)
    throw new BaseUrlError(input, 'carries a user name or password: the manifest is public, leave them out');
  // `new URL` drops an empty `?` or `#`, so the text is checked as well.
  if (url.search || text.includes('?'))
    throw new BaseUrlError(input, 'has a query (?…): the build appends page names to the base URL, leave it out');
  if (url.hash || text.includes('#'))
    throw new BaseUrlError(input, 'has a fragment (#…): the build appends page names to the base URL, leave it out');
  if (LOOPBACK.test(url.hostname))
    throw new BaseUrlError(
      input,
      `names this machine (${url.hostname}): for the dev server's manifest build without a base URL`,
    );
  return url.pathname.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * Where the build finds the base URL: `--env baseUrl=…` first, else the {@link BASE_URL_ENV}
 * environment variable; `undefined` when neither is set (the dev server's manifest).
 * @throws BaseUrlError for a value {@link parseBaseUrl} refuses
 */
export function baseUrlFrom(env: { baseUrl?: unknown }, environment: NodeJS.ProcessEnv): string | undefined {
  const fromEnv = env.baseUrl;
  // `--env baseUrl` without a value arrives as `true`.
  if (fromEnv === true) throw new BaseUrlError('', 'is empty: write --env baseUrl=https://…');
  const value = typeof fromEnv === 'string' ? fromEnv : environment[BASE_URL_ENV];
  return value === undefined ? undefined : parseBaseUrl(value);
}

/** `&` is the one character of an https URL that XML needs escaped (`<`, `>`, `"` come percent-encoded). */
const escapeXml = (text: string) => text.replaceAll('&', '&amp;');

/**
 * manifest.xml with every dev-server URL moved to `baseUrl` (checked by {@link parseBaseUrl}):
 * `https://localhost:3000/<path>` becomes `<baseUrl><path>`, and the bare origin (`<AppDomain>`)
 * becomes the base URL's origin.
 *
 * @example rewriteManifestXml(readFileSync('manifest.xml', 'utf8'), 'https://addin.contoso.com/crm/')
 * @throws Error when a loopback name is left afterwards (a URL not under the dev server's origin)
 */
export function rewriteManifestXml(manifestXml: string, baseUrl: string): string {
  const base = parseBaseUrl(baseUrl);
  const devOrigin = DEV_BASE_URL.slice(0, -1);
  const rewritten = manifestXml
    .replaceAll(DEV_BASE_URL, escapeXml(base))
    .replaceAll(devOrigin, escapeXml(new URL(base).origin));
  const left = loopbackLines(rewritten);
  if (left.length > 0)
    throw new Error(
      `manifest.xml names the local machine where the build cannot rewrite it (URLs must start with ${DEV_BASE_URL}): ${left.join(' | ')}`,
    );
  return rewritten;
}

/** The trimmed lines of `text` that name localhost, 127.0.0.1 or [::1]. */
export function loopbackLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => new RegExp(LOOPBACK_PATTERN.source, 'i').test(line))
    .map((line) => line.trim());
}

/**
 * The base URL a manifest.xml was built for: the folder of its task pane page (`<SourceLocation>`
 * of `taskpane.html`), or {@link DEV_BASE_URL} when it names none.
 */
export function manifestBaseUrl(manifestXml: string): string {
  const page = /<SourceLocation\s+DefaultValue="([^"]*\/)taskpane\.html"/.exec(manifestXml);
  return page ? page[1].replaceAll('&amp;', '&') : DEV_BASE_URL;
}
