/**
 * Mail domains anyone can get an address at: an address there says nothing about the person's
 * company, so no account is suggested from it. Exact domains, and families whose every country
 * domain is public (`gmx.*` covers gmx.de, gmx.net, gmx.at …). Extend the list here.
 */
export const PUBLIC_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'web.de',
  't-online.de',
  'freenet.de',
  'posteo.de',
  'mail.de',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'mail.ru',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
];

/** Families public in every country domain: `gmx.net`, `hotmail.de`, `yahoo.co.jp`, `yandex.ru` … */
export const PUBLIC_MAIL_FAMILIES: readonly string[] = ['gmx', 'hotmail', 'outlook', 'live', 'yahoo', 'yandex'];

/** Whether `domain` (lower-case, as in an address after the `@`) is a public mail service's. */
export function isPublicMailDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase();
  if (PUBLIC_MAIL_DOMAINS.includes(d)) return true;
  const [family, ...rest] = d.split('.');
  // `gmx.de`, `yahoo.co.jp`: the family's name followed by a country's (or generic) domain only.
  return (
    PUBLIC_MAIL_FAMILIES.includes(family) &&
    rest.length >= 1 &&
    rest.length <= 2 &&
    rest.every((p) => /^[a-z]{2,3}$/.test(p))
  );
}
