import { describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../src/host';
import { outlookNewMessage } from '../../../src/host/outlook/outlookNewMessage';

const DAVID = { name: 'David Rossi', email: 'david.rossi@acme.example' };
const mailbox16 = {
  isSetSupported: (name: string, version?: string | number) => name === 'Mailbox' && Number(version) <= 1.8,
};

describe('outlookNewMessage', () => {
  it("opens Outlook's new message form addressed to the recipient", async () => {
    const displayNewMessageForm = vi.fn();
    await outlookNewMessage({ displayNewMessageForm }, mailbox16, DAVID);
    expect(displayNewMessageForm).toHaveBeenCalledWith({ toRecipients: ['david.rossi@acme.example'] });
  });

  it('rejects with a HostError in an Outlook older than Mailbox 1.6, without calling Office', async () => {
    const displayNewMessageForm = vi.fn();
    const old = { isSetSupported: (_: string, version?: string | number) => Number(version) <= 1.5 };
    const error = await outlookNewMessage({ displayNewMessageForm }, old, DAVID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/^Outlook could not open a new message: .*Mailbox 1\.6.* — /);
    expect(displayNewMessageForm).not.toHaveBeenCalled();
  });

  it("rejects with a HostError carrying Office's words when Outlook throws (a compose form)", async () => {
    const displayNewMessageForm = vi.fn(() => {
      throw new Error('This API is not supported in compose mode.');
    });
    const error = await outlookNewMessage({ displayNewMessageForm }, mailbox16, DAVID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toContain('This API is not supported in compose mode.');
    expect((error as HostError).cause).toBeInstanceOf(Error);
  });
});
