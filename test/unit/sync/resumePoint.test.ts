import { describe, expect, it } from 'vitest';
import { querySignature, resumePoint } from '../../../src/sync/machine/resumePoint';

const signature = querySignature({
  intObjName: 'CRMDesktopAccountIO',
  searchSpec: '',
  sortSpec: 'Id',
  viewMode: 'Sales Rep',
  fields: ['Id', 'Name'],
});

describe('resumePoint', () => {
  it('starts at row 0 without a checkpoint', () => {
    expect(resumePoint(undefined, signature)).toEqual({ skip: false, startRowNum: 0, clearFirst: false });
  });

  it('continues at the checkpoint row of an unfinished download of the same query', () => {
    expect(resumePoint({ startRowNum: 2500, querySignature: signature, done: false }, signature)).toEqual({
      skip: false,
      startRowNum: 2500,
      clearFirst: false,
    });
  });

  it('skips a type whose download finished', () => {
    expect(resumePoint({ startRowNum: 3000, querySignature: signature, done: true }, signature).skip).toBe(true);
  });

  it('starts over and clears the type when the query changed (positions would not match)', () => {
    const other = querySignature({
      intObjName: 'CRMDesktopAccountIO',
      searchSpec: "[Account.Type] = 'X'",
      sortSpec: 'Id',
      viewMode: 'Sales Rep',
      fields: ['Id', 'Name'],
    });
    expect(other).not.toBe(signature);
    expect(resumePoint({ startRowNum: 2500, querySignature: other, done: true }, signature)).toEqual({
      skip: false,
      startRowNum: 0,
      clearFirst: true,
    });
  });
});
