// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/taskpane/errorMessage';

afterEach(cleanup);

describe('errorMessage', () => {
  it("keeps an error's own message and masks every occurrence of the password", () => {
    expect(errorMessage(new Error('bad s3cret login s3cret'), 's3cret')).toBe('bad •••• login ••••');
  });

  it('explains a thrown non-error with a lead that says what to try', () => {
    expect(errorMessage('offline', '')).toBe('Connecting failed: offline — check the server URL and try again');
  });
});
