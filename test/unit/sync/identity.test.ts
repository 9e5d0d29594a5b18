import { describe, expect, it } from 'vitest';
import { sameIdentity } from '../../../src/sync';
import { normalizeServerUrl } from '../../../src/sync/identity';

const url = 'https://CRM.example.com:443/siebel/app/eai/enu/swe/?WSSOAP=1&SWEExtSource=WebService&SWEExtCmd=Execute';

describe('sameIdentity', () => {
  it('compares user names without regard to letter case or surrounding blanks', () => {
    expect(sameIdentity({ userName: ' jsmith', serverUrl: url }, { userName: 'JSMITH', serverUrl: url })).toBe(true);
    expect(sameIdentity({ userName: 'MJONES', serverUrl: url }, { userName: 'JSMITH', serverUrl: url })).toBe(false);
  });

  it('treats URLs that differ only in host case, default port, trailing slash or parameter order as equal', () => {
    expect(normalizeServerUrl(url)).toBe(
      normalizeServerUrl(
        'https://crm.example.com/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1',
      ),
    );
  });

  it('tells different servers apart', () => {
    expect(
      sameIdentity(
        { userName: 'A', serverUrl: url },
        { userName: 'A', serverUrl: 'https://crm2.example.com/siebel/app/eai/enu/swe' },
      ),
    ).toBe(false);
  });
});
