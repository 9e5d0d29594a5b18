import { describe, expect, it } from 'vitest';
import { ALREADY_RUNNING_MESSAGE, SIGN_IN_MESSAGE } from '../../../src/commands/createSyncNow';
import {
  ENGLISH_TRANSLATOR,
  fitNotification,
  MAX_NOTIFICATION_LENGTH,
  SIGN_IN_TOO_SLOW_MESSAGE,
  TIME_LIMIT_MESSAGE,
  timeLimitMessage,
} from '../../../src/commands/syncMessages';
import type { SyncProgress } from '../../../src/sync';
import { downloading } from './syncNowHarness';

describe('timeLimitMessage', () => {
  it('tells how far the download got and how to continue', () => {
    expect(timeLimitMessage(ENGLISH_TRANSLATOR, downloading('Account', 3200, 12000))).toBe(
      "CRM Desktop: synchronized 3,200 of 12,000 accounts before Outlook's time limit; press Sync again or open CRM Desktop to continue.",
    );
    expect(timeLimitMessage(ENGLISH_TRANSLATOR, downloading('Contact', 14, null))).toBe(
      "CRM Desktop: synchronized 14 contacts before Outlook's time limit; press Sync again or open CRM Desktop to continue.",
    );
  });

  it('says only that the run paused when no record of a type was written yet', () => {
    const uploading: SyncProgress = { ...downloading('Account', 5, null), phase: 'uploading' };
    expect([
      timeLimitMessage(ENGLISH_TRANSLATOR, null),
      timeLimitMessage(ENGLISH_TRANSLATOR, downloading('Account', 0, null)),
      timeLimitMessage(ENGLISH_TRANSLATOR, uploading),
    ]).toEqual([TIME_LIMIT_MESSAGE, TIME_LIMIT_MESSAGE, TIME_LIMIT_MESSAGE]);
  });

  it('falls back to the short form rather than lose "how to continue" to a long TypeId', () => {
    expect(
      timeLimitMessage(ENGLISH_TRANSLATOR, downloading('ServiceRequestActivityAttachment', 1_234_567, 12_345_678)),
    ).toBe(TIME_LIMIT_MESSAGE);
  });
});

describe('fitNotification', () => {
  it('keeps a short message as it is and cuts a long one at a word, with an ellipsis', () => {
    expect(fitNotification('CRM Desktop: Synchronized')).toBe('CRM Desktop: Synchronized');
    const cut = fitNotification(`CRM Desktop: ${'word '.repeat(40)}end`);
    expect(cut.length).toBeLessThanOrEqual(MAX_NOTIFICATION_LENGTH);
    expect(cut).toMatch(/ word…$/);
  });
});

describe('the ribbon notifications', () => {
  it('each fit in the 150 characters Outlook allows', () => {
    expect(MAX_NOTIFICATION_LENGTH).toBe(150);
    for (const message of [SIGN_IN_MESSAGE, ALREADY_RUNNING_MESSAGE, TIME_LIMIT_MESSAGE, SIGN_IN_TOO_SLOW_MESSAGE]) {
      expect(message.length, message).toBeLessThanOrEqual(MAX_NOTIFICATION_LENGTH);
    }
  });
});
