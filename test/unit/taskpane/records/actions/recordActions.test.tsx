// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError, type MailAddress } from '../../../../../src/host';
import { RecordDetail } from '../../../../../src/taskpane/components/records/RecordDetail';
import { fakeLayout, renderWithApp } from '../support/renderWithApp';
import { salesPackage } from '../support/seedStore';
import { useSeededStore } from '../support/useSeededStore';

const seeded = useSeededStore(3, fakeLayout);

async function renderContact(options: { newMessage?: (to: MailAddress) => Promise<void> } = {}) {
  await renderWithApp(
    <RecordDetail
      db={seeded.db}
      pkg={await salesPackage()}
      target={{ typeId: 'Contact', id: 'C-0001' }}
      dataVersion={1}
      onOpen={() => undefined}
    />,
    { store: seeded.store, hostOverrides: options.newMessage ? { newMessage: options.newMessage } : {} },
  );
  return screen.findByRole('group', { name: 'Actions for First0001 Last0001' });
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe("a record's actions", () => {
  it('shows a skeleton, not a spinner, while the record is read', async () => {
    await renderWithApp(
      <RecordDetail
        db={{ ...seeded.db, get: () => new Promise(() => undefined) }}
        pkg={await salesPackage()}
        target={{ typeId: 'Contact', id: 'C-0001' }}
        dataVersion={1}
        onOpen={() => undefined}
      />,
      { store: seeded.store },
    );
    const skeleton = await screen.findByRole('progressbar', { name: 'Loading the record' });
    expect(skeleton.className).toMatch(/fui-Skeleton/);
  });

  it('links the address to mailto: outside Outlook, and maps the contact at its account', async () => {
    const actions = await renderContact();
    expect(within(actions).getByRole('link', { name: 'Email' }).getAttribute('href')).toBe(
      'mailto:person0001@example.com',
    );
    const map = await within(actions).findByRole('link', { name: 'Map' });
    expect(map.getAttribute('href')).toBe('https://www.bing.com/maps?q=Account%200001%2C%20Berlin');
    expect(map.getAttribute('target')).toBe('_blank');
    // The sample contact has no work phone: no Call.
    expect(within(actions).queryByRole('link', { name: 'Call' })).toBeNull();
  });

  it("opens Outlook's new message form from the action and from the address", async () => {
    const newMessage = vi.fn(async () => undefined);
    const actions = await renderContact({ newMessage });
    within(actions).getByRole('button', { name: 'Email' }).click();
    expect(newMessage).toHaveBeenCalledWith({ name: 'First0001 Last0001', email: 'person0001@example.com' });
    screen.getByRole('button', { name: 'person0001@example.com' }).click();
    expect(newMessage).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers a mailto: link when Outlook refuses to open the form', async () => {
    const actions = await renderContact({
      newMessage: () => Promise.reject(new HostError('Outlook could not open a new message: compose mode')),
    });
    within(actions).getByRole('button', { name: 'Email' }).click();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Outlook did not open a new message to person0001@example.com.');
    expect(within(alert).getByRole('link').getAttribute('href')).toBe('mailto:person0001@example.com');
  });

  it('copies the Id and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    stubClipboard(writeText);
    const actions = await renderContact();
    within(actions).getByRole('button', { name: 'Copy Id' }).click();
    await within(actions).findByRole('button', { name: 'Copied' });
    expect(writeText).toHaveBeenCalledWith('C-0001');
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Copied')).toBe(true);
  });

  it('shows the text to copy by hand when the clipboard is refused', async () => {
    stubClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    await renderContact();
    fireEvent.click(screen.getByRole('button', { name: 'Copy Email' }));
    const box = await screen.findByRole('textbox', { name: 'Text to copy' });
    expect((box as HTMLInputElement).value).toBe('person0001@example.com');
    expect(screen.getByText(/The browser did not allow copying/)).toBeTruthy();
  });
});
