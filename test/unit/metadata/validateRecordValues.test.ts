import { beforeAll, describe, expect, it } from 'vitest';
import { parsePackage, validateRecordValues, type CustomizationPackage } from '../../../src/metadata';
import { packageFiles } from '../sync/support/packageFiles';
import { loadPackageFolder } from './support/loadPackageFolder';

const insert = { operation: 'insert' } as const;
const update = { operation: 'update' } as const;

describe('validateRecordValues with the simulator sales-rep package', () => {
  let pkg: CustomizationPackage;
  beforeAll(async () => {
    pkg = await parsePackage(packageFiles('sales-rep'));
  });

  it('accepts a complete new contact', () => {
    expect(
      validateRecordValues(
        pkg,
        'Contact',
        { FirstName: 'Ada', LastName: 'Lovelace', EmailAddress: 'ada@example.com', AccountId: '1-A' },
        insert,
      ),
    ).toEqual({});
  });

  it("reports the form rule's message on the asserted field when a new contact has no last name", () => {
    expect(validateRecordValues(pkg, 'Contact', { FirstName: 'Ada' }, insert)).toEqual({
      LastName: "Enter the contact's last name.",
    });
    expect(validateRecordValues(pkg, 'Contact', { FirstName: 'Ada', LastName: null }, insert)).toEqual({
      LastName: "Enter the contact's last name.",
    });
  });

  it('shows the messages in the German strings of the package for a German user', () => {
    expect(
      validateRecordValues(pkg, 'Account', { Name: '', Location: 'Köln' }, { ...insert, locale: 'de-DE' }),
    ).toEqual({ Name: 'Geben Sie einen Firmennamen ein.' });
  });

  it('checks on an update only the fields it changes', () => {
    expect(validateRecordValues(pkg, 'Contact', { JobTitle: 'CTO' }, update)).toEqual({});
    expect(validateRecordValues(pkg, 'Contact', { LastName: '' }, update)).toEqual({
      LastName: "Enter the contact's last name.",
    });
  });

  it('refuses fields the object does not have, and the Id and Updated that the server owns', () => {
    expect(
      validateRecordValues(
        pkg,
        'Contact',
        { LastName: 'Lovelace', Nickname: 'Ada', Id: '1-X', Updated: '2024-01-01T00:00:00' },
        insert,
      ),
    ).toEqual({
      Nickname: 'Nickname is not a field of Contact.',
      Id: 'Id cannot be changed.',
      Updated: 'Last Updated cannot be changed.',
    });
  });

  it('names fields by their form label in the German messages', () => {
    expect(validateRecordValues(pkg, 'Contact', { LastName: 42 }, { ...update, locale: 'de' })).toEqual({
      LastName: 'Nachname muss ein Text sein.',
    });
  });

  it('checks dates and UTC date-times in the form the store keeps them', () => {
    expect(
      validateRecordValues(pkg, 'Opportunity', { Name: 'Deal', PrimaryRevenueCloseDate: '2024-02-29' }, insert),
    ).toEqual({});
    expect(
      validateRecordValues(pkg, 'Opportunity', { Name: 'Deal', PrimaryRevenueCloseDate: '2023-02-29' }, insert),
    ).toEqual({
      PrimaryRevenueCloseDate: 'Enter a date (YYYY-MM-DD) for Close Date.',
    });
    expect(
      validateRecordValues(pkg, 'Action', { Description: 'Call', Planned: '2024-02-01T09:30:00Z' }, insert),
    ).toEqual({});
    expect(
      validateRecordValues(pkg, 'Action', { Description: 'Call', Planned: '02/01/2024 09:30:00' }, insert),
    ).toHaveProperty('Planned');
  });

  it('reports an unknown object type under the empty key', () => {
    expect(validateRecordValues(pkg, 'Lead', { Name: 'x' }, insert)).toEqual({
      '': 'Lead is not an object type of the customization package.',
    });
  });
});

describe('validateRecordValues with the validation fixture', () => {
  let pkg: CustomizationPackage;
  beforeAll(async () => {
    pkg = await parsePackage(loadPackageFolder('valid/validation'));
  });
  const valid = { Name: 'Deal', Probability: 40 };

  it('accepts a value of the right type for every data type', () => {
    const values = {
      ...valid,
      Revenue: 1250.5,
      Score: -0.25,
      Committed: true,
      NextReview: '2024-03-01T08:00:00Z',
      LastReview: '2024-02-01T17:45',
      SalesStage: '02 - Qualified',
    };
    expect(validateRecordValues(pkg, 'Opportunity', values, insert)).toEqual({});
  });

  it.each([
    ['Probability', 4.5, 'Enter a whole number for Probability %.'],
    ['Probability', '40', 'Enter a whole number for Probability %.'],
    ['Revenue', Number.NaN, 'Enter a number for Revenue.'],
    ['Score', '1e3', 'Enter a number for Score.'],
    ['Committed', 'Y', 'Committed must be yes or no.'],
    ['NextReview', '2024-03-01', 'Enter a date and time for Next Review.'],
    ['LastReview', '2024-02-01T24:00:00', 'Enter a date and time for Last Review.'],
    ['PrimaryRevenueCloseDate', '2024-13-01', 'Enter a date (YYYY-MM-DD) for Close Date.'],
  ])('refuses %s = %j', (key, value, message) => {
    expect(validateRecordValues(pkg, 'Opportunity', { ...valid, [key]: value }, insert)).toEqual({ [key]: message });
  });

  it('requires an IsRequired field on an insert, and on an update only when it is being emptied', () => {
    expect(validateRecordValues(pkg, 'Opportunity', { Name: 'Deal' }, insert)).toEqual({
      Probability: 'Enter a value for Probability %.',
    });
    expect(validateRecordValues(pkg, 'Opportunity', { Description: 'x' }, update)).toEqual({});
    expect(validateRecordValues(pkg, 'Opportunity', { Probability: null }, update)).toEqual({
      Probability: 'Enter a value for Probability %.',
    });
  });

  it('refuses a value for an IsReadonly field and does not require it', () => {
    expect(validateRecordValues(pkg, 'Opportunity', { ...valid, Created: '2024-01-01T00:00:00' }, insert)).toEqual({
      Created: 'Created cannot be changed.',
    });
  });

  it('evaluates a rule joined with || and && and reports it on its asserted field', () => {
    const lost = { ...valid, SalesStage: '08 - Closed/Lost' };
    expect(validateRecordValues(pkg, 'Opportunity', lost, insert)).toEqual({
      Description: 'Say why the opportunity was lost.',
    });
    expect(validateRecordValues(pkg, 'Opportunity', { ...lost, Description: 'n/a' }, insert)).toEqual({
      Description: 'Say why the opportunity was lost.',
    });
    expect(validateRecordValues(pkg, 'Opportunity', { ...lost, Description: 'Price' }, insert)).toEqual({});
  });

  it('reports a rule without asserted control under the empty key, reading booleans as Y/N', () => {
    expect(validateRecordValues(pkg, 'Opportunity', { ...valid, Committed: true }, insert)).toEqual({
      '': 'A committed opportunity needs a stage.',
    });
    expect(validateRecordValues(pkg, 'Opportunity', { ...valid, Committed: false }, insert)).toEqual({});
  });

  it('skips on an update a rule that reads a field the update leaves unchanged', () => {
    expect(validateRecordValues(pkg, 'Opportunity', { SalesStage: '08 - Closed/Lost' }, update)).toEqual({});
    expect(
      validateRecordValues(pkg, 'Opportunity', { SalesStage: '08 - Closed/Lost', Description: '' }, update),
    ).toEqual({ Description: 'Say why the opportunity was lost.' });
  });

  it('ignores the rules it could not parse', () => {
    expect(validateRecordValues(pkg, 'Opportunity', { ...valid, Name: 'x'.repeat(80) }, insert)).toEqual({});
  });

  it('treats a call without options as an insert', () => {
    expect(validateRecordValues(pkg, 'Opportunity', { Name: 'Deal' })).toEqual({
      Probability: 'Enter a value for Probability %.',
    });
  });
});
