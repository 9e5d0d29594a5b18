import { beforeAll, describe, expect, it } from 'vitest';
import { displayText, parsePackage, type CustomizationPackage } from '../../../src/metadata';
import { loadPackageFolder } from './support/loadPackageFolder';

const localeFile = (locale: string, entries: Record<string, string>) => ({
  name: `package_res.${locale}.xml`,
  type: 'XML',
  content: `<res_root>${Object.entries(entries)
    .map(([k, v]) => `<str key="${k}">${v}</str>`)
    .join('')}</res_root>`,
});

describe('displayText', () => {
  let pkg: CustomizationPackage;
  beforeAll(async () => {
    pkg = await parsePackage([
      ...loadPackageFolder('valid/sales-rep'),
      localeFile('de_DE', { obj_contact: 'Kontakt' }),
      localeFile('de_AT', { obj_contact: 'Kontakt (AT)' }),
      localeFile('fr_FR', { obj_contact: 'Contact (fr)' }),
    ]);
  });

  it('resolves a #key from package_res.xml without a locale', () => {
    expect(displayText(pkg, '#obj_contact_plural')).toBe('Contacts');
  });

  it('returns a literal as it is', () => {
    expect(displayText(pkg, 'Position')).toBe('Position');
    expect(displayText(pkg, 'Work Phone #')).toBe('Work Phone #');
  });

  it.each([
    ['de-DE', 'Kontakt'],
    ['de_DE', 'Kontakt'],
    ['de-at', 'Kontakt (AT)'],
    ['de', 'Kontakt (AT)'],
    ['de-CH', 'Kontakt (AT)'],
    ['fr', 'Contact (fr)'],
    ['it-IT', 'Contact'],
  ])('resolves a #key for locale %s', (locale, expected) => {
    expect(displayText(pkg, '#obj_contact', locale)).toBe(expected);
  });

  it('falls back to package_res.xml when the locale file lacks the key', () => {
    expect(displayText(pkg, '#obj_account', 'de-DE')).toBe('Account');
  });

  it('shows the key without # when no file has it', () => {
    expect(displayText(pkg, '#fld_unknown', 'de-DE')).toBe('fld_unknown');
  });
});
