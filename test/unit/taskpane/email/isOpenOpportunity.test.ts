import { describe, expect, it } from 'vitest';
import { isOpenOpportunity } from '../../../../src/taskpane/components/email/isOpenOpportunity';

describe('isOpenOpportunity', () => {
  it('treats stages naming closed, won or lost as closed, in any case', () => {
    for (const stage of ['07 - Closed/Won', '08 - Closed/Lost', 'won', 'LOST', 'Closed'])
      expect(isOpenOpportunity(stage)).toBe(false);
  });

  it('treats every other stage, and a missing one, as open', () => {
    for (const stage of ['01 - Prospecting', '06 - Commit', 'Wonderful', '', null, undefined])
      expect(isOpenOpportunity(stage)).toBe(true);
  });
});
