import { describe, expect, it } from 'vitest';
import { emailPeople } from '../../../../src/taskpane/components/email/emailPeople';
import type { EmailContact } from '../../../../src/taskpane/components/email/findEmailContacts';
import type { ItemAddress } from '../../../../src/taskpane/components/email/mailAddresses';

const address = (email: string, role: ItemAddress['role']): ItemAddress => ({
  email,
  written: email,
  name: email,
  role,
});
const me = address('me@acme.example', 'From');
const ann = address('ann@x.example', 'To');
const bob = address('bob@y.example', 'Cc');
const annContact: EmailContact = { ref: { typeId: 'Contact', id: 'C-1' }, name: 'Ann', address: ann, accounts: [] };

describe('emailPeople', () => {
  it('leads with the sender of a received email, then everybody else in order, with their contacts', () => {
    const { lead, others } = emailPeople([me, ann, bob], [annContact], false);
    expect(lead).toEqual({ address: me, contacts: [] });
    expect(others).toEqual([
      { address: ann, contacts: [annContact] },
      { address: bob, contacts: [] },
    ]);
  });

  it('leads with the first recipient of an email the user sent, and leaves the user out', () => {
    const { lead, others } = emailPeople([me, ann, bob], [annContact], true);
    expect(lead?.address).toBe(ann);
    expect(others.map((p) => p.address)).toEqual([bob]);
  });

  it('leaves the mailbox user out of a received email, among the recipients too', () => {
    const rep = address('rep@acme.example', 'To');
    const { lead, others } = emailPeople([me, rep, bob], [], false, 'rep@acme.example');
    expect(lead?.address).toBe(me);
    expect(others.map((p) => p.address)).toEqual([bob]);
  });

  it('has no lead for a draft without recipients', () => {
    expect(emailPeople([me], [], true)).toEqual({ lead: null, others: [] });
  });
});
