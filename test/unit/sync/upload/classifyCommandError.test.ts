import { describe, expect, it } from 'vitest';
import { classifyCommandError } from '../../../../src/sync/upload/classifyCommandError';

describe('classifyCommandError', () => {
  it('maps the interpreted Siebel codes (field evidence §4) and treats every other code as a failure', () => {
    expect(classifyCommandError('SBL-DAT-00523')).toBe('recordChanged');
    expect(classifyCommandError('SBL-EAI-04401')).toBe('refusedValue');
    expect(classifyCommandError('SBL-EAI-04403')).toBe('recordNotFound');
    expect(classifyCommandError('(SBL-DAT-00381)')).toBe('duplicate');
    expect(classifyCommandError('SBL-DAT-00498')).toBe('failure');
    expect(classifyCommandError('SBL-DAT-00225')).toBe('failure');
    expect(classifyCommandError('')).toBe('failure');
  });

  it('recognises a missing record by its wording when the code is another one', () => {
    expect(
      classifyCommandError(
        'SBL-EAI-04999',
        "Update operation on integration component 'Account' failed because no matching record could be found",
      ),
    ).toBe('recordNotFound');
    expect(classifyCommandError('SBL-EAI-04401', 'no matching record')).toBe('refusedValue');
  });
});
