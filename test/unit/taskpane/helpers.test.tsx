// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessage } from '../../../src/taskpane/errorMessage';
import { useHost } from '../../../src/taskpane/HostContext';

afterEach(cleanup);

describe('errorMessage', () => {
  it('keeps an error\'s own message and masks every occurrence of the password', () => {
    expect(errorMessage(new Error('bad s3cret login s3cret'), 's3cret')).toBe('bad •••• login ••••');
  });

  it('explains a thrown non-error with a lead that says what to try', () => {
    expect(errorMessage('offline', '')).toBe('Connecting failed: offline — check the server URL and try again');
  });
});

describe('useHost', () => {
  it('throws a clear error when a component renders outside App', () => {
    // React reports the render error to console and jsdom to window 'error'; both are expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const swallow = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', swallow);
    function Probe() {
      useHost();
      return null;
    }
    try {
      expect(() => render(<Probe />)).toThrow(/no HostContext.Provider/);
    } finally {
      window.removeEventListener('error', swallow);
    }
  });
});
