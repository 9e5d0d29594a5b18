// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeServices } from './wizard/fakeServices';

afterEach(cleanup);

const OPTIONS = { serverUrl: 'https://crm.example.com/eai', userName: 'JSMITH', autoSyncMinutes: 30 };

describe('App', () => {
  it('starts the first-run wizard when no login options are saved', () => {
    fakeServices().renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'CRM Desktop' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Welcome to CRM Desktop' })).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('shows the Records, Current email, Sync, Issues and Options tabs once the login options exist', async () => {
    fakeServices({ options: OPTIONS }).renderApp();
    // The tab list is part of the records list's chunk (React.lazy).
    const tabs = await screen.findAllByRole('tab');
    expect(tabs).toEqual(
      ['Records', 'Current email', 'Sync', 'Issues', 'Options'].map((name) => screen.getByRole('tab', { name })),
    );
  });

  it('switches to the options with the saved user name', async () => {
    fakeServices({ options: OPTIONS }).renderApp();
    fireEvent.click(await screen.findByRole('tab', { name: 'Options' }));
    expect(await screen.findByLabelText(/^User name/)).toHaveProperty('value', 'JSMITH');
  });

  it('synchronizes with the remembered password from the Sync tab', async () => {
    const fake = fakeServices({ options: OPTIONS });
    fake.renderApp({ initialPassword: 'Welcome1' });
    fireEvent.click(await screen.findByRole('tab', { name: 'Sync' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    await waitFor(() =>
      expect(fake.synchronize).toHaveBeenCalledWith(
        expect.objectContaining({
          connection: { endpointUrl: OPTIONS.serverUrl, userName: 'JSMITH', password: 'Welcome1' },
        }),
      ),
    );
  });
});
