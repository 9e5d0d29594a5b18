import { describe, expect, it } from 'vitest';
import { domainOfAddress, domainOfValue } from '../../../../src/taskpane/components/email/mailDomain';
import { isPublicMailDomain } from '../../../../src/taskpane/components/email/publicMailDomains';
import { rankAccountsByDomain } from '../../../../src/taskpane/components/email/rankAccountsByDomain';

describe('isPublicMailDomain', () => {
  it.each([
    'gmail.com',
    'outlook.com',
    'hotmail.com',
    'yahoo.com',
    'gmx.de',
    'gmx.net',
    'GMX.AT',
    'web.de',
    'hotmail.co.uk',
    'yahoo.co.jp',
  ])('says %s is a public mail service', (domain) => expect(isPublicMailDomain(domain)).toBe(true));

  it.each(['acme.example', 'gmx-consulting.com', 'outlook.acme.com', 'mail.acme.de', 'webde.com'])(
    'says %s is a company domain',
    (domain) => expect(isPublicMailDomain(domain)).toBe(false),
  );
});

describe('domainOfAddress and domainOfValue', () => {
  it('reads the domain of an address, lower-cased', () => {
    expect(domainOfAddress('David.Rossi@Acme.Example')).toBe('acme.example');
    expect(domainOfAddress('no address')).toBe('');
  });

  it('reads the domain of a web site or an e-mail field value', () => {
    expect(domainOfValue('https://www.Acme.example/de/kontakt?x=1')).toBe('acme.example');
    expect(domainOfValue('acme.example')).toBe('acme.example');
    expect(domainOfValue('www2.acme.example:8080')).toBe('acme.example');
    expect(domainOfValue('info@acme.example')).toBe('acme.example');
    expect(domainOfValue('localhost')).toBe('');
    expect(domainOfValue(42)).toBe('');
  });
});

describe('rankAccountsByDomain', () => {
  const facts = {
    accountDomains: new Map([
      ['A-1', ['acme.example']],
      ['A-2', []],
      ['A-3', ['other.example']],
    ]),
    contacts: [
      { accountId: 'A-2', domain: 'acme.example' },
      { accountId: 'A-2', domain: 'acme.example' },
      { accountId: 'A-4', domain: 'acme.example' },
      { accountId: 'A-3', domain: 'gmail.com' },
      { accountId: '', domain: 'acme.example' },
    ],
  };

  it('puts an account naming the domain itself first, then by the number of contacts at the domain', () => {
    expect(rankAccountsByDomain('acme.example', facts)).toEqual([
      { accountId: 'A-1', ownDomain: true, contacts: 0 },
      { accountId: 'A-2', ownDomain: false, contacts: 2 },
      { accountId: 'A-4', ownDomain: false, contacts: 1 },
    ]);
  });

  it('finds nothing for a domain no account or contact has, nor for no domain', () => {
    expect(rankAccountsByDomain('unknown.example', facts)).toEqual([]);
    expect(rankAccountsByDomain('', facts)).toEqual([]);
  });

  it('breaks ties by account id so the suggestion is stable', () => {
    const tie = {
      accountDomains: new Map(),
      contacts: [
        { accountId: 'B', domain: 'x.example' },
        { accountId: 'A', domain: 'x.example' },
      ],
    };
    expect(rankAccountsByDomain('x.example', tie).map((e) => e.accountId)).toEqual(['A', 'B']);
  });
});
