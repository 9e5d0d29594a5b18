import { describe, expect, it } from 'vitest';
import { toEndpointUrl, validateServerUrl } from '../../../src/siebel';

const PARAMETERS = 'SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';

describe('validateServerUrl', () => {
  it.each([
    'https://crm.example.com',
    ' https://crm.example.com/siebel/app/eai/enu/swe ',
    'http://localhost:8080',
    'http://127.0.0.1:7002/x',
    'http://[::1]:9000',
  ])('accepts %s', (input) => {
    expect(validateServerUrl(input)).toBeInstanceOf(URL);
  });

  it.each([
    ['plain http to a remote host', 'http://crm.example.com', /uses http/],
    ['a host name without scheme', 'crm.example.com', /not a web address/],
    ['an empty string', '', /not a web address/],
    ['another scheme', 'ftp://crm.example.com', /does not start with https/],
    ['credentials in the URL', 'https://JSMITH:hunter2@crm.example.com', /user name or password/],
    ['a user name alone in the URL', 'https://JSMITH@crm.example.com', /user name or password/],
  ])('refuses %s with InvalidServerUrl', (_label, input, message) => {
    expect(() => validateServerUrl(input)).toThrow(
      expect.objectContaining({ code: 'InvalidServerUrl', message: expect.stringMatching(message) }),
    );
  });

  it('never repeats a password typed into the URL', () => {
    for (const input of ['https://JSMITH:hunter2@crm.example.com', 'hunter2 crm', 'JSMITH:hunter2@crm']) {
      expect(() => validateServerUrl(input)).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
      );
    }
  });
});

describe('toEndpointUrl', () => {
  it('appends the Application Interface path and parameters to a bare origin', () => {
    expect(toEndpointUrl('https://crm.example.com')).toBe(
      `https://crm.example.com/siebel/app/eai/enu/swe?${PARAMETERS}`,
    );
    expect(toEndpointUrl('https://crm.example.com/')).toBe(
      `https://crm.example.com/siebel/app/eai/enu/swe?${PARAMETERS}`,
    );
  });

  it('keeps an existing path and adds the missing parameters', () => {
    expect(toEndpointUrl('https://crm.example.com/eai_deu/start.swe')).toBe(
      `https://crm.example.com/eai_deu/start.swe?${PARAMETERS}`,
    );
  });

  it('keeps the parameters that are present and adds only the missing ones', () => {
    expect(toEndpointUrl('https://crm.example.com/eai_enu/start.swe?SWEExtSource=CustomUI&SWEExtCmd=Execute')).toBe(
      'https://crm.example.com/eai_enu/start.swe?SWEExtSource=CustomUI&SWEExtCmd=Execute&WSSOAP=1',
    );
  });

  it('forces WSSOAP=1, without which Siebel ignores the session headers', () => {
    expect(
      toEndpointUrl(`https://crm.example.com/eai_enu/start.swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=0`),
    ).toBe(`https://crm.example.com/eai_enu/start.swe?${PARAMETERS}`);
  });

  it('leaves a complete endpoint URL unchanged', () => {
    const url = `https://crm.example.com/siebel/app/eai/enu/swe?${PARAMETERS}`;
    expect(toEndpointUrl(url)).toBe(url);
  });

  it('refuses what validateServerUrl refuses', () => {
    expect(() => toEndpointUrl('http://crm.example.com')).toThrow(
      expect.objectContaining({ code: 'InvalidServerUrl' }),
    );
  });
});
