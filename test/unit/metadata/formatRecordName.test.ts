import { beforeAll, describe, expect, it } from 'vitest';
import { formatRecordName, parsePackage, type CustomizationPackage } from '../../../src/metadata';
import { loadPackageFolder } from './support/loadPackageFolder';

describe('formatRecordName', () => {
  let pkg: CustomizationPackage;
  beforeAll(async () => {
    pkg = await parsePackage(loadPackageFolder('valid/sales-rep'));
  });

  it('fills the name format with values found by IOElemName', () => {
    expect(formatRecordName(pkg, 'Account', { Name: 'Acme', Location: 'Berlin' })).toBe('Acme (Berlin)');
    expect(formatRecordName(pkg, 'Contact', { FirstName: 'Ada', LastName: 'Lovelace' })).toBe('Ada Lovelace');
  });

  it('drops an optional segment whose field is empty, with its leftover brackets and spaces', () => {
    expect(formatRecordName(pkg, 'Account', { Name: 'Acme', Location: '' })).toBe('Acme');
    expect(formatRecordName(pkg, 'Contact', { LastName: 'Lovelace', FirstName: null })).toBe('Lovelace');
    expect(formatRecordName(pkg, 'Account', { Location: 'Berlin' })).toBe('(Berlin)');
  });

  it('writes numbers as text and gives an empty name for an empty record', () => {
    expect(formatRecordName(pkg, 'Opportunity', { Name: 2024 })).toBe('2024');
    expect(formatRecordName(pkg, 'Action', {})).toBe('');
  });

  it('gives an empty name for a type that is not synchronized', () => {
    expect(formatRecordName(pkg, 'Lead', { Name: 'x' })).toBe('');
  });
});
