import { describe, expect, it } from 'vitest';
import { SiebelFaultError } from '../../../src/siebel';
import { isBadCredentials, isTokenRejection, pageSizeLimitOf } from '../../../src/siebel/session/faultSignatures';
import type { SoapFault } from '../../../src/siebel';

const fault = (faultString: string, errors: SoapFault['errors'] = [], faultCode = 'SOAP-ENV:Server'): SoapFault => ({
  faultCode,
  faultString,
  errors,
});
const TOKEN_TEXT =
  'Error Code: 10944642 Error Message: Error: Inbound SOAP Message - Session Token is missing or invalid or has expired';
const PAGE_TEXT =
  "PageSize method argument cannot be greater than '100' specified by the server parameter 'MaximumPageSize'.(SBL-EAI-04447)";

describe('fault signatures (field evidence §4, §5)', () => {
  it.each([
    ['the confirmed text in faultstring only (an ASI fault without errorcode)', fault(TOKEN_TEXT, [], 'Client')],
    ['the code in errorcode', fault('Error', [{ code: '10944642', symbol: '', message: 'Error' }])],
    ['the legacy reconstructed code', fault('x', [{ code: 'SBL-EAI-04601', symbol: '', message: 'x' }])],
  ])('recognises a token rejection by %s', (_what, value) => {
    expect(isTokenRejection(value)).toBe(true);
  });

  it('does not read a business fault as a token rejection', () => {
    expect(isTokenRejection(fault("Element with XML tag 'Owner' is not found (SBL-EAI-04127)"))).toBe(false);
  });

  it('recognises bad credentials by code or by wording', () => {
    expect(isBadCredentials(fault('x', [{ code: 'SBL-SEC-10018', symbol: '', message: 'x' }]))).toBe(true);
    expect(isBadCredentials(fault('The user ID or password that you entered is incorrect.'))).toBe(true);
    expect(isBadCredentials(fault(TOKEN_TEXT))).toBe(false);
  });

  it('reads the server limit from SBL-EAI-04447, wherever the code and the number are', () => {
    expect(pageSizeLimitOf(fault(PAGE_TEXT))).toBe(100);
    expect(
      pageSizeLimitOf(
        fault('Error', [{ code: 'SBL-EAI-04447', symbol: '', message: PAGE_TEXT.replace('100', '250') }]),
      ),
    ).toBe(250);
    expect(pageSizeLimitOf(fault('PageSize too large (SBL-EAI-04447)'))).toBeNull();
    expect(pageSizeLimitOf(fault('Something else'))).toBeUndefined();
  });

  it('types a page-size refusal as PageSizeTooLarge with the limit', () => {
    const error = new SiebelFaultError(
      fault(PAGE_TEXT, [{ code: 'SBL-EAI-04447', symbol: '', message: PAGE_TEXT }]),
      'AccountQueryPage',
      'JSMITH',
    );
    expect(error).toMatchObject({ code: 'PageSizeTooLarge', maximumPageSize: 100 });
  });
});
