import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WIRE_PROFILE,
  isSessionLimitError,
  parseWireProfile,
  SessionError,
  WireProfileError,
} from '../../../src/siebel';
import { faultToError } from '../../../src/siebel/session/faultToError';
import { isBadCredentials, isSessionLimit } from '../../../src/siebel/session/faultSignatures';
import type { SoapFault } from '../../../src/siebel';

const SIMULATOR_TEXT =
  "The Multithreaded Server has reached the maximum number of concurrent tasks (4) for user 'JSMITH'.";
const fault = (faultString: string, errors: SoapFault['errors'] = []): SoapFault => ({
  faultCode: 'SOAP-ENV:Server',
  faultString,
  errors,
});

describe('wire profile: maximumSessions', () => {
  it('defaults to 4 and takes any whole number from 1 to 16', () => {
    expect(DEFAULT_WIRE_PROFILE.maximumSessions).toBe(4);
    expect(parseWireProfile({}, 'd').maximumSessions).toBe(4);
    expect(parseWireProfile({ maximumSessions: 1 }, 'd').maximumSessions).toBe(1);
    expect(parseWireProfile({ maximumSessions: 16 }, 'd').maximumSessions).toBe(16);
  });

  it.each([0, 17, 2.5, -1, '4', null, Number.NaN])('refuses %j, naming the setting and its range', (value) => {
    const attempt = () => parseWireProfile({ maximumSessions: value }, 'deployment.json');
    expect(attempt).toThrow(WireProfileError);
    expect(attempt).toThrow(/maximumSessions must be a whole number from 1 to 16/);
  });
});

describe('a server without room for another session (SBL-SMI-00114)', () => {
  it('is recognised by its code or by its wording, and never as bad credentials', () => {
    expect(isSessionLimit(fault('Error', [{ code: 'SBL-SMI-00114', symbol: '', message: SIMULATOR_TEXT }]))).toBe(true);
    expect(isSessionLimit(fault(SIMULATOR_TEXT))).toBe(true);
    expect(isSessionLimit(fault('Too many sessions for this user'))).toBe(true);
    expect(isSessionLimit(fault("Element with XML tag 'Owner' is not found (SBL-EAI-04127)"))).toBe(false);
    expect(isBadCredentials(fault(SIMULATOR_TEXT))).toBe(false);
  });

  it('becomes SessionError TooManySessions with an actionable message, even on a login', () => {
    const error = faultToError(fault('Error', [{ code: 'SBL-SMI-00114', symbol: '', message: SIMULATOR_TEXT }]), {
      operation: 'AccountQueryPage',
      url: 'https://crm.example.com/siebel/app/eai/enu/swe',
      userName: 'JSMITH',
      secrets: ['Welcome1'],
      phase: 'login',
    });
    expect(error).toBeInstanceOf(SessionError);
    expect(error.code).toBe('TooManySessions');
    expect(isSessionLimitError(error)).toBe(true);
    expect(error.message).toMatch(/no room for another session of user JSMITH .* — /);
    expect(error.message).not.toContain('Welcome1');
  });
});
