import { describe, expect, it } from 'vitest';
import type { FieldDefinition, SiebelDataType } from '../../../../../src/metadata';
import { contactPointKind } from '../../../../../src/taskpane/components/records/actions/contactPointKind';

function field(name: string, dataType: SiebelDataType = 'DTYPE_TEXT', extra: Partial<FieldDefinition> = {}) {
  return {
    name,
    ioElemName: name.replace(/[^A-Za-z0-9]/g, ''),
    label: name,
    dataType,
    isPrimaryKey: false,
    isTimestamp: false,
    isPartOfUserKey: false,
    isFilterable: false,
    isHidden: false,
    isRequired: false,
    isReadonly: false,
    isNullable: true,
    hasPicklist: false,
    ...extra,
  } satisfies FieldDefinition;
}

describe('contactPointKind', () => {
  it('takes a DTYPE_PHONE field for a phone whatever its name', () => {
    expect(contactPointKind(field('Direct Line', 'DTYPE_PHONE'), '+49 89 1234567')).toBe('phone');
    expect(contactPointKind(field('Main Phone Number', 'DTYPE_PHONE'), '(415) 555-0100 x 12')).toBe('phone');
  });

  it("knows Siebel's phone and fax names on text fields, and tells a fax from a phone", () => {
    expect(contactPointKind(field('Work Phone #'), '415 555 0100')).toBe('phone');
    expect(contactPointKind(field('Cellular Phone #'), '+1 415 555 0199')).toBe('phone');
    expect(contactPointKind(field('Fax Phone #'), '+1 415 555 0101')).toBe('fax');
    expect(contactPointKind(field('Main Fax Number', 'DTYPE_PHONE'), '415 555 0102')).toBe('fax');
  });

  it("knows Siebel's e-mail names, and by the IO element name too", () => {
    expect(contactPointKind(field('Email Address'), 'david.rossi@acme.example')).toBe('email');
    expect(contactPointKind(field('Alternate Email Address'), 'd.rossi+crm@acme.example')).toBe('email');
    expect(contactPointKind(field('Contact Mail', 'DTYPE_TEXT', { ioElemName: 'EMailAddr' }), 'a@b.example')).toBe(
      'email',
    );
  });

  it('refuses a value that is not what its field promises: no link that leads nowhere', () => {
    expect(contactPointKind(field('Email Address'), 'ask the assistant')).toBeNull();
    expect(contactPointKind(field('Email Address'), 'David Rossi <david.rossi@acme.example>')).toBeNull();
    expect(contactPointKind(field('Work Phone #'), 'see note')).toBeNull();
    expect(contactPointKind(field('Work Phone #', 'DTYPE_PHONE'), '12')).toBeNull();
  });

  it('recognises an unnamed text field by its value: an address, or an international number', () => {
    expect(contactPointKind(field('Comments'), 'sales@contoso.example')).toBe('email');
    expect(contactPointKind(field('Hotline'), '+44 20 7946 0958')).toBe('phone');
    // A bare number could be anything (an order number, a year): not taken for a phone.
    expect(contactPointKind(field('Reference'), '4155550100')).toBeNull();
    expect(contactPointKind(field('Description'), 'Call +44 20 7946 0958 after 5')).toBeNull();
  });

  it('never takes ids, references, numbers or empty values for contact points', () => {
    expect(contactPointKind(field('Id', 'DTYPE_ID'), 'a@b.example')).toBeNull();
    expect(
      contactPointKind(field('Email Account', 'DTYPE_TEXT', { refObjTypeId: 'Account' }), 'a@b.example'),
    ).toBeNull();
    expect(contactPointKind(field('Revenue', 'DTYPE_NUMBER'), '+1 415 555 0100')).toBeNull();
    expect(contactPointKind(field('Email Address'), '')).toBeNull();
    expect(contactPointKind(field('Work Phone #'), null)).toBeNull();
    expect(contactPointKind(field('Work Phone #'), 4155550100)).toBeNull();
  });
});
