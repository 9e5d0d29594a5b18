// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IdentityChangeNotice } from '../../../../src/taskpane/components/options/IdentityChangeNotice';
import { fakeServices } from '../wizard/fakeServices';

afterEach(cleanup);

const SERVER = 'https://crm.example.com/eai';

describe('IdentityChangeNotice', () => {
  it('explains on start that options changed in another Outlook need a full synchronization, then runs it', async () => {
    const fake = fakeServices({
      options: { serverUrl: SERVER, userName: 'MJONES', autoSyncMinutes: 30 },
      active: { userName: 'JSMITH', serverUrl: SERVER },
    });
    fake.renderInProvider(<IdentityChangeNotice />);
    const warning = await screen.findByRole('alertdialog');
    expect(warning.textContent).toMatch(/belongs to JSMITH .* changes to MJONES/);
    // The button stays disabled until the unsent changes are counted: a click before that is ignored.
    await within(warning).findByText(/No local changes are waiting/);
    fireEvent.change(screen.getByLabelText('Password of MJONES'), { target: { value: 'Welcome1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Synchronize now' }));
    await waitFor(() => expect(fake.synchronize).toHaveBeenCalled());
    expect(fake.synchronize).toHaveBeenCalledWith(
      expect.objectContaining({
        full: true,
        connection: { endpointUrl: SERVER, userName: 'MJONES', password: 'Welcome1' },
      }),
    );
  });

  it('shows nothing when the local data belongs to the saved user', async () => {
    const fake = fakeServices({
      options: { serverUrl: SERVER, userName: 'JSMITH', autoSyncMinutes: 30 },
      active: { userName: 'jsmith', serverUrl: `${SERVER}/` },
    });
    const { container } = fake.renderInProvider(<IdentityChangeNotice />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});
