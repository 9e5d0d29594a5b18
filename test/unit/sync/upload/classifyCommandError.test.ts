import { describe, expect, it } from 'vitest';
import { classifyCommandError } from '../../../../src/sync';

describe('classifyCommandError', () => {
  it('maps the interpreted Siebel codes and treats every other code as a failure', () => {
    expect(classifyCommandError('SBL-DAT-00523')).toBe('recordChanged');
    expect(classifyCommandError('SBL-EAI-04401')).toBe('recordNotFound');
    expect(classifyCommandError('(SBL-DAT-00381)')).toBe('duplicate');
    expect(classifyCommandError('SBL-DAT-00498')).toBe('failure');
    expect(classifyCommandError('SBL-DAT-00225')).toBe('failure');
    expect(classifyCommandError('')).toBe('failure');
  });
});
