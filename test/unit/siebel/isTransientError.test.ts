import { describe, expect, it } from 'vitest';
import { isTransientError, ProtocolError, SessionError, SiebelFaultError, TransportError } from '../../../src/siebel';

const transport = (code: TransportError['code'], status?: number) =>
  new TransportError({ code, operation: 'AccountQueryPage', url: 'https://crm.example.test/swe', status });

describe('isTransientError', () => {
  it.each([
    ['a network failure', transport('Network')],
    ['a timeout', transport('Timeout')],
    ['HTTP 500 without a fault', transport('HttpStatus', 500)],
    ['HTTP 502', transport('HttpStatus', 502)],
    ['HTTP 503', transport('HttpStatus', 503)],
    ['HTTP 504', transport('HttpStatus', 504)],
  ])('is true for %s', (_label, error) => {
    expect(isTransientError(error)).toBe(true);
  });

  it.each([
    ['a cancellation', transport('Aborted')],
    ['HTTP 404', transport('HttpStatus', 404)],
    ['HTTP 401', transport('HttpStatus', 401)],
    [
      'a SOAP fault',
      new SiebelFaultError({ faultCode: 'Server', faultString: 'x', errors: [] }, 'AccountQueryPage', 'U'),
    ],
    ['a session error', new SessionError({ code: 'BadCredentials', operation: 'X', url: 'u', userName: 'U' })],
    ['a protocol error', new ProtocolError('NotSoap', 'x')],
    ['a plain error', new Error('x')],
    ['a non-error', 'Network'],
  ])('is false for %s', (_label, error) => {
    expect(isTransientError(error)).toBe(false);
  });
});
