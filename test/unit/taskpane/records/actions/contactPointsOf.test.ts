import { describe, expect, it } from 'vitest';
import { findObject } from '../../../../../src/metadata';
import { contactPointsOf } from '../../../../../src/taskpane/components/records/actions/contactPointsOf';
import { salesPackage } from '../support/seedStore';

describe('contactPointsOf', () => {
  it("finds a sales package contact's address and work phone", async () => {
    const contact = findObject(await salesPackage(), 'Contact');
    if (!contact) throw new Error('the sales package has no Contact');
    const record = { Id: 'C-1', EmailAddress: 'david.rossi@acme.example', WorkPhone: '+1 866 555 8271' };
    expect(contactPointsOf(contact.fields, record)).toEqual({
      email: 'david.rossi@acme.example',
      phone: '+1 866 555 8271',
    });
    expect(contactPointsOf(contact.fields, { Id: 'C-2', EmailAddress: null, WorkPhone: 'n/a' })).toEqual({
      email: null,
      phone: null,
    });
  });

  it('takes the first of several in the order given, and never a fax for the number to call', async () => {
    const account = findObject(await salesPackage(), 'Account');
    if (!account) throw new Error('the sales package has no Account');
    const main = account.fields.find((f) => f.ioElemName === 'MainPhoneNumber');
    if (!main) throw new Error('the Account has no Main Phone Number');
    const fax = { ...main, name: 'Main Fax Number', ioElemName: 'MainFaxNumber' };
    const mobile = { ...main, name: 'Cellular Phone #', ioElemName: 'CellularPhone' };
    const record = { Id: 'A-1', MainFaxNumber: '+49 30 1', MainPhoneNumber: '+49 30 2', CellularPhone: '+49 170 3' };
    expect(contactPointsOf([fax, main, mobile], record).phone).toBe('+49 30 2');
    expect(contactPointsOf([fax, mobile, main], record).phone).toBe('+49 170 3');
  });
});
