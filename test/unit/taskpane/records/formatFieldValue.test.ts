import { describe, expect, it } from 'vitest';
import { formatFieldValue } from '../../../../src/taskpane/components/records/formatFieldValue';

describe('formatFieldValue', () => {
  it('shows a date and a zone-less Siebel date-time as they are, whatever the browser zone', () => {
    expect(formatFieldValue('2025-06-30', 'DTYPE_DATE', 'en-US')).toBe('Jun 30, 2025');
    expect(formatFieldValue('2025-06-30T23:30:00', 'DTYPE_DATETIME', 'en-US')).toBe('Jun 30, 2025, 11:30 PM');
  });

  it('formats numbers, currency and booleans in the display language and leaves empty values empty', () => {
    expect(formatFieldValue(1234.5, 'DTYPE_CURRENCY', 'de-DE')).toBe('1.234,50');
    expect(formatFieldValue(12000, 'DTYPE_INTEGER', 'en-US')).toBe('12,000');
    expect(formatFieldValue(true, 'DTYPE_BOOL', 'en-US')).toBe('Yes');
    expect(formatFieldValue(null, 'DTYPE_TEXT', 'en-US')).toBe('');
  });

  it('shows a value that does not fit its type raw instead of hiding it', () => {
    expect(formatFieldValue('soon', 'DTYPE_DATE', 'en-US')).toBe('soon');
    expect(formatFieldValue('x', 'DTYPE_NUMBER', 'not a locale!')).toBe('x');
  });
});
