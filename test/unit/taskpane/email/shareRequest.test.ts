import { describe, expect, it } from 'vitest';
import type { MailItemSummary } from '../../../../src/host';
import type { EmailContact } from '../../../../src/taskpane/components/email/findEmailContacts';
import { shareRequest } from '../../../../src/taskpane/components/email/shareRequest';
import { shareSuggestions } from '../../../../src/taskpane/components/email/shareSuggestions';

const ITEM: MailItemSummary = {
  itemKey: '<q1@acme.example>',
  subject: 'Fleet renewal',
  from: { name: 'David Rossi', email: 'david.rossi@acme.example' },
  to: [{ name: 'John Smith', email: 'jsmith@example.com' }],
  cc: [{ name: '', email: 'kai@acme.example' }],
  itemType: 'message',
  sentByUser: false,
  date: '2025-03-12T09:41:00.000Z',
  end: null,
};
const PICKS = { accountId: 'A-1', opportunityId: null, contactIds: ['C-1'] };
const NOW = new Date('2025-06-01T12:00:00Z');

function contact(id: string, role: 'From' | 'To' | 'Cc', accounts: EmailContact['accounts']): EmailContact {
  return {
    ref: { typeId: 'Contact', id },
    name: `Person ${id}`,
    address: { email: `${id}@x.example`, written: `${id}@x.example`, name: '', role },
    accounts,
  };
}
const deal = (id: string) => ({ ref: { typeId: 'Opportunity', id }, name: `Deal ${id}`, stage: '02 - Qualified' });

describe('shareRequest', () => {
  it('shares a received message as an inbound email with sender, recipients, date, body and picks', () => {
    expect(
      shareRequest(
        { ...ITEM, shareKey: 'm-key', itemKeys: ['<q1@acme.example>', 'AAMk-1'] },
        'Hi John',
        PICKS,
        NOW,
        'm-key',
      ),
    ).toEqual({
      itemKey: 'm-key',
      aliases: ['<q1@acme.example>', 'AAMk-1'],
      kind: 'inboundEmail',
      subject: 'Fleet renewal',
      start: '2025-03-12T09:41:00.000Z',
      from: 'David Rossi <david.rossi@acme.example>',
      to: ['John Smith <jsmith@example.com>'],
      cc: ['kai@acme.example'],
      body: 'Hi John',
      accountId: 'A-1',
      opportunityId: null,
      contactIds: ['C-1'],
    });
  });

  it('shares a message the user sent as outbound, dated now when Outlook gave no date', () => {
    expect(shareRequest({ ...ITEM, sentByUser: true, date: null }, '', PICKS, NOW, 'r-1')).toMatchObject({
      itemKey: 'r-1',
      aliases: ['<q1@acme.example>'],
      kind: 'outboundEmail',
      start: '2025-06-01T12:00:00.000Z',
    });
  });

  it('shares an appointment as a meeting with its start and end', () => {
    const meeting = {
      ...ITEM,
      itemType: 'appointment' as const,
      date: '2025-04-01T13:00:00.000Z',
      end: '2025-04-01T14:00:00.000Z',
    };
    expect(shareRequest(meeting, '', PICKS, NOW, 'a-1')).toMatchObject({
      kind: 'meeting',
      start: '2025-04-01T13:00:00.000Z',
      end: '2025-04-01T14:00:00.000Z',
    });
  });
});

describe('shareSuggestions', () => {
  it("suggests every matched contact, their accounts and open deals, and picks the sender's account with its only deal", () => {
    const acme = { ref: { typeId: 'Account', id: 'A-1' }, name: 'Acme', openDeals: [deal('O-1')] };
    const globex = { ref: { typeId: 'Account', id: 'A-2' }, name: 'Globex', openDeals: [deal('O-2'), deal('O-3')] };
    const result = shareSuggestions([contact('C-1', 'From', [acme]), contact('C-2', 'Cc', [globex, acme])]);
    expect(result.contacts.map((c) => [c.id, c.hint])).toEqual([
      ['C-1', 'From'],
      ['C-2', 'Cc'],
    ]);
    expect(result.accounts.map((a) => a.id)).toEqual(['A-1', 'A-2']);
    expect(result.opportunities.map((o) => o.id)).toEqual(['O-1', 'O-2', 'O-3']);
    expect(result.picks).toEqual({ accountId: 'A-1', opportunityId: 'O-1', contactIds: ['C-1', 'C-2'] });
  });

  it('picks no opportunity when the account has several open ones, and nothing without matches', () => {
    const globex = { ref: { typeId: 'Account', id: 'A-2' }, name: 'Globex', openDeals: [deal('O-2'), deal('O-3')] };
    expect(shareSuggestions([contact('C-2', 'To', [globex])]).picks).toEqual({
      accountId: 'A-2',
      opportunityId: null,
      contactIds: ['C-2'],
    });
    expect(shareSuggestions([]).picks).toEqual({ accountId: null, opportunityId: null, contactIds: [] });
  });
});
