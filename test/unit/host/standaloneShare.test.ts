// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createStandaloneHost, messageShareKey, SELECT_ITEM_EVENT } from '../../../src/host';
import { STANDALONE_ITEMS_KEY } from '../../../src/host/standalone/standaloneItemStore';

beforeEach(() => localStorage.clear());

const MARK = { shareKey: 'r-draft', category: 'Shared with Siebel' };
const select = (target: EventTarget, item: Record<string, unknown>) =>
  target.dispatchEvent(new CustomEvent(SELECT_ITEM_EVENT, { detail: JSON.stringify(item) }));

describe('the standalone host and shared items', () => {
  it('keeps a share on a draft through its send and a move, as Outlook keeps custom properties', async () => {
    const target = new EventTarget();
    const host = createStandaloneHost({
      search: `?item=${encodeURIComponent(JSON.stringify({ itemKey: 'draft-1', sentByUser: true }))}`,
      storage: localStorage,
      target,
    });
    expect(await host.currentItem()).toMatchObject({ itemKey: 'draft-1', shareKey: null, itemKeys: ['draft-1'] });
    expect(await host.markShared!(MARK)).toEqual({ recorded: true, category: 'applied' });
    expect(await host.currentItem()).toMatchObject({ shareKey: 'r-draft' });

    // Sent: a new item id and an internet message id; the recorded key still wins.
    select(target, {
      itemKey: 'sent-1',
      internetMessageId: '<d1@example.com>',
      carryFrom: 'draft-1',
      sentByUser: true,
    });
    expect(await host.currentItem()).toMatchObject({
      itemKey: 'sent-1',
      shareKey: 'r-draft',
      itemKeys: ['<d1@example.com>', 'sent-1'],
    });
    // Moved: another item id again.
    select(target, { itemKey: 'moved-1', internetMessageId: '<d1@example.com>', carryFrom: 'sent-1' });
    expect(await host.currentItem()).toMatchObject({ itemKey: 'moved-1', shareKey: 'r-draft' });
    // A recipient's copy of the same message carries no property: the key of its message id.
    select(target, { itemKey: 'inbox-of-colleague', internetMessageId: '<d1@example.com>' });
    expect(await host.currentItem()).toMatchObject({ shareKey: await messageShareKey('<d1@example.com>') });
    expect(JSON.parse(localStorage.getItem(STANDALONE_ITEMS_KEY) ?? '{}')['moved-1'].categories).toEqual([
      'Shared with Siebel',
    ]);
  });

  it("applies no category the page's mailbox list lacks", async () => {
    const host = createStandaloneHost({
      search: '?masterCategories=Customer,VIP',
      storage: localStorage,
      target: new EventTarget(),
    });
    expect(await host.markShared!(MARK)).toEqual({ recorded: true, category: 'notInMasterList' });
  });

  it('applies no category when the deployment names none', async () => {
    const host = createStandaloneHost({
      search: '?masterCategories=Customer,VIP',
      storage: localStorage,
      target: new EventTarget(),
    });
    expect(await host.markShared!({ ...MARK, category: null })).toEqual({ recorded: true, category: 'none' });
  });

  it('starts empty when the stored item properties are unreadable', async () => {
    localStorage.setItem(STANDALONE_ITEMS_KEY, '{broken');
    const host = createStandaloneHost({ search: '', storage: localStorage, target: new EventTarget() });
    expect((await host.currentItem())?.shareKey).toMatch(/^m-/);
  });
});
