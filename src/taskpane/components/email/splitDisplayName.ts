/** A person's name as a contact form wants it. */
export interface PersonName {
  readonly first: string;
  readonly last: string;
}

// Scripts that write the family name first and usually without a space (Chinese, Japanese, Korean).
const FAMILY_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Words that belong to the family name that follows them ("Ludwig van Beethoven", "Maria de la Cruz").
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'la',
  'le',
  'ten',
  'ter',
  'bin',
  'al',
  'zu',
]);
// What may follow a name after a comma without being the first name.
const SUFFIX = /^(jr|sr|ii|iii|iv|phd|ph\.d|md|mba|msc|dr|prof|esq)\.?$/i;
// Quotes a mail client puts around a display name, straight or typographic.
const QUOTES = /^["'“”„‘’«»]+|["'“”„‘’«»]+$/g;

/**
 * Splits an e-mail display name into first and last name, as a contact form wants them:
 * `Rossi, David` (last name first, as directories write it), `David Rossi`, `Anna Maria Rossi`
 * (middle names stay with the first name), `Ludwig van Beethoven` (a particle goes with the last
 * name), quoted names, suffixes after a comma (`Rossi, David, Jr.`, `David Rossi, PhD`), and a
 * trailing `(Acme)` or `[EXT]` a gateway added. CJK names are written
 * family name first: with a space they split there, without one the whole name is the last name.
 * A single word is the last name, the field Siebel requires. Without a usable display name (none,
 * or the address itself) the address's local part is used: `david.rossi@…` gives David Rossi.
 *
 * @example splitDisplayName('Rossi, David') // { first: 'David', last: 'Rossi' }
 */
export function splitDisplayName(displayName: string, email = ''): PersonName {
  const name = clean(displayName);
  if (name === '' || name.includes('@')) return fromAddress(email);
  // "Rossi, David", "Rossi, David, Jr.", "David Rossi, PhD": suffixes and degrees are not names.
  const parts = name
    .split(',')
    .map(clean)
    .filter((part, i) => part !== '' && (i === 0 || !SUFFIX.test(part)));
  if (parts.length === 2) return { first: parts[1], last: parts[0] };
  if (parts.length !== 1) return { first: '', last: parts.join(' ') };
  return splitWords(parts[0]);
}

function splitWords(name: string): PersonName {
  const words = name.split(' ');
  if (FAMILY_FIRST.test(name))
    return words.length > 1 ? { first: words.slice(1).join(' '), last: words[0] } : { first: '', last: name };
  if (words.length === 1) return { first: '', last: name };
  // The last name starts at the first particle after the first word, else at the last word.
  let start = words.length - 1;
  for (let i = 1; i < words.length - 1; i += 1)
    if (PARTICLES.has(words[i].toLowerCase())) {
      start = i;
      break;
    }
  return { first: words.slice(0, start).join(' '), last: words.slice(start).join(' ') };
}

function clean(text: string): string {
  return text
    .replace(/\s*(\([^)]*\)|\[[^\]]*\])\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(QUOTES, '')
    .trim();
}

/** `david.rossi@acme.example` → David Rossi; `drossi@…` → the last name Drossi. */
function fromAddress(email: string): PersonName {
  const local = email.trim().split('@')[0] ?? '';
  const words = local
    .split(/[._\-+]+/u)
    .filter((w) => w !== '' && !/^\d+$/u.test(w))
    .map((w) => w.charAt(0).toLocaleUpperCase() + w.slice(1));
  if (words.length === 0) return { first: '', last: '' };
  return splitDisplayName(words.join(' '));
}
