import { beforeAll, describe, expect, it } from 'vitest';
import type { ObjectType } from '../../../../src/metadata';
import { SHARE_COMMENT_MAX_CHARS, shareComment } from '../../../../src/sync/local/shareValues';
import { isoToStored, shareValues } from '../../../../src/sync/local/shareValues';
import { objectOf, salesRepPackage } from '../support/salesRep';

let action: ObjectType;
beforeAll(async () => {
  action = objectOf(await salesRepPackage(), 'Action');
});

const meeting = {
  itemKey: 'AAMk-1',
  kind: 'meeting' as const,
  subject: ' Kick-off ',
  start: '2024-06-03T10:00:00+02:00',
  end: '2024-06-03T11:30:00+02:00',
  from: 'jsmith@example.test',
  to: ['a@x.test', 'b@x.test'],
  cc: ['c@x.test'],
  body: '  Agenda  ',
  accountId: '1-A',
  opportunityId: '1-O',
  contactIds: ['1-C1', '1-C2'],
};

describe('shareValues', () => {
  it('maps a meeting to an activity with UTC times, links and the first contact as primary', () => {
    expect(shareValues(action, meeting)).toEqual({
      Type: 'Meeting',
      Description: 'Kick-off',
      Planned: '2024-06-03T08:00:00Z',
      PlannedCompletion: '2024-06-03T09:30:00Z',
      Comment: 'From: jsmith@example.test\nTo: a@x.test, b@x.test\nCc: c@x.test\n\nAgenda',
      AccountId: '1-A',
      OpportunityId: '1-O',
      PrimaryContactId: '1-C1',
      CRMDShareKey: meeting.itemKey,
    });
  });

  it("writes the key to the deployment's key field, and nowhere when the package lacks that field", () => {
    // Description stands in for a deployment's own key field: whatever the package's Action has.
    expect(shareValues(action, meeting, 'Description')).toMatchObject({ Description: meeting.itemKey });
    const values = shareValues(action, meeting, 'No Such Field');
    expect(Object.values(values)).not.toContain(meeting.itemKey);
  });

  it('uses the start as completion for an email and the outbound type for a sent one', () => {
    const values = shareValues(action, { ...meeting, kind: 'outboundEmail', end: undefined, contactIds: [] });
    expect(values).toMatchObject({
      Type: 'Email - Outbound',
      PlannedCompletion: values.Planned,
      PrimaryContactId: null,
    });
  });

  it('cuts the comment to its maximum length', () => {
    expect(shareComment({ ...meeting, body: 'y'.repeat(3 * SHARE_COMMENT_MAX_CHARS) })).toHaveLength(
      SHARE_COMMENT_MAX_CHARS,
    );
  });

  it('stores times as the store keeps each date type', () => {
    expect(isoToStored({ dataType: 'DTYPE_DATE' }, '2024-06-03T23:30:00-02:00')).toBe('2024-06-04');
    expect(isoToStored({ dataType: 'DTYPE_DATETIME' }, '2024-06-03T10:00:00.123Z')).toBe('2024-06-03T10:00:00');
    expect(isoToStored({ dataType: 'DTYPE_UTCDATETIME' }, 'not a date')).toBeNull();
  });
});
