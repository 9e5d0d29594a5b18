import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** How much longer than English the pseudo-locale makes each message (German and French run 30–40 % longer). */
export const PSEUDO_GROWTH = 0.4;

/**
 * The pseudo-locale form of an ICU message: its text accented, wrapped in `[` `]` and padded by
 * {@link PSEUDO_GROWTH} of its length, placeholders, plural and select syntax untouched (the message
 * is parsed and printed again, never edited as a string).
 */
export function pseudoLocalize(message: string): string {
  const elements = parse(message, { ignoreTag: true });
  const letters = countText(elements);
  if (letters === 0) return message;
  return `[${printAST(accent(elements))}${padding(Math.ceil(letters * PSEUDO_GROWTH))}]`;
}

/** `length` characters of dots in words of five, so a long message still wraps as real text does. */
function padding(length: number): string {
  return '····· '
    .repeat(Math.ceil(length / 6))
    .slice(0, length)
    .trimEnd();
}

function accent(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal)
      return { ...element, value: [...element.value].map((char) => ACCENTED[char] ?? char).join('') };
    if (element.type === TYPE.plural || element.type === TYPE.select)
      return {
        ...element,
        options: Object.fromEntries(
          Object.entries(element.options).map(([key, option]) => [key, { ...option, value: accent(option.value) }]),
        ),
      };
    return element;
  });
}

/** Characters of text (plural and select branches: the longest), which the padding is measured on. */
function countText(elements: MessageFormatElement[]): number {
  let count = 0;
  for (const element of elements) {
    if (element.type === TYPE.literal) count += element.value.length;
    else if (element.type === TYPE.plural || element.type === TYPE.select)
      count += Math.max(0, ...Object.values(element.options).map((option) => countText(option.value)));
    else count += 3;
  }
  return count;
}
