import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from '../../../../../src/taskpane/components/records/actions/contactHrefs';

describe('mailtoHref', () => {
  it('links to the address as it is', () => {
    expect(mailtoHref(' david.rossi@acme.example ')).toBe('mailto:david.rossi@acme.example');
    expect(mailtoHref('d.rossi+crm@acme.example')).toBe('mailto:d.rossi+crm@acme.example');
  });

  it('encodes what would add headers or cut the address', () => {
    expect(mailtoHref('a?cc=boss@acme.example')).toBe('mailto:a%3Fcc%3Dboss@acme.example');
    expect(mailtoHref('a#b@acme.example')).toBe('mailto:a%23b@acme.example');
  });
});

describe('telHref', () => {
  it('keeps the plus and the digits of a number as people write it', () => {
    expect(telHref('+1 (415) 555-0100')).toBe('tel:+14155550100');
    expect(telHref('089 / 12 34 56')).toBe('tel:089123456');
  });

  it('passes an extension as ;ext=', () => {
    expect(telHref('+1 415 555 0100 x 12')).toBe('tel:+14155550100;ext=12');
    expect(telHref('415.555.0100 ext. 7')).toBe('tel:4155550100;ext=7');
  });

  it('has no link for fewer than three digits', () => {
    expect(telHref('12')).toBeNull();
    expect(telHref('n/a')).toBeNull();
  });
});
