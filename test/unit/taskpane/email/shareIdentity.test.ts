import { describe, expect, it } from 'vitest';
import { meetingShareKey, type MailItemSummary } from '../../../../src/host';
import { categoryNote } from '../../../../src/taskpane/components/email/categoryNote';
import { chooseShareKey, shareLookupKeys } from '../../../../src/taskpane/components/email/shareIdentity';

const ITEM: MailItemSummary = {
  itemKey: '<q1@acme.example>',
  shareKey: 'm-derived',
  itemKeys: ['<q1@acme.example>', 'AAMk-1'],
  subject: ' QBR ',
  from: { name: 'Anna', email: 'anna@acme.example' },
  to: [],
  cc: [],
  itemType: 'message',
  sentByUser: false,
  date: '2025-04-01T13:00:00.000Z',
  end: null,
};

describe('chooseShareKey', () => {
  it('takes the key the item carries before a local share key', async () => {
    expect(await chooseShareKey(ITEM, '<q1@acme.example>')).toBe('m-derived');
  });

  it('keeps the key of an earlier local share for an item that carries none (a draft shared before)', async () => {
    expect(await chooseShareKey({ ...ITEM, shareKey: null }, 'draft-id')).toBe('draft-id');
  });

  it('derives a meeting key from organizer, start and subject, so organizer and attendees meet', async () => {
    const meeting = { ...ITEM, itemType: 'appointment' as const, shareKey: null };
    expect(await chooseShareKey(meeting, null)).toBe(
      await meetingShareKey('anna@acme.example', '2025-04-01T13:00:00.000Z', 'QBR'),
    );
  });

  it('makes a random key for a draft or a meeting without organizer', async () => {
    expect(await chooseShareKey({ ...ITEM, shareKey: null }, null)).toMatch(/^r-/);
    expect(await chooseShareKey({ ...ITEM, itemType: 'appointment', shareKey: null, from: null }, null)).toMatch(/^r-/);
  });
});

describe('shareLookupKeys', () => {
  it('puts the share key first, then every id once, without empty ones', () => {
    expect(shareLookupKeys(ITEM)).toEqual(['m-derived', '<q1@acme.example>', 'AAMk-1']);
    expect(shareLookupKeys({ ...ITEM, shareKey: undefined, itemKeys: undefined, itemKey: '' })).toEqual([]);
  });
});

describe('categoryNote', () => {
  it('says nothing when all went well or the Outlook has no category API', () => {
    expect(categoryNote({ recorded: true, category: 'applied' }, 'email', 'Shared with Siebel')).toBeNull();
    expect(categoryNote({ recorded: true, category: 'unsupported' }, 'email', 'Shared with Siebel')).toBeNull();
    expect(categoryNote(null, 'email', 'Shared with Siebel')).toBeNull();
  });

  it('tells how to create the missing category once', () => {
    expect(categoryNote({ recorded: true, category: 'notInMasterList' }, 'email', 'Shared with Siebel')).toMatch(
      /create an Outlook category named "Shared with Siebel" once/,
    );
  });

  it('says another Outlook may not know the share when the item could not carry it', () => {
    expect(
      categoryNote({ recorded: false, category: 'applied', problem: 'read-only' }, 'meeting', 'Shared with Siebel'),
    ).toMatch(/written into the meeting itself \(read-only\).*another Outlook/);
  });
});
