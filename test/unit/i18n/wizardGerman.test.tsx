// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../../src/i18n';
import { SessionError } from '../../../src/siebel';
import { CredentialsStep } from '../../../src/taskpane/components/wizard/CredentialsStep';
import { ServerStep } from '../../../src/taskpane/components/wizard/ServerStep';
import { TranslatorProvider } from '../../../src/taskpane/language/TranslatorProvider';
import { AppProvider } from '../../../src/taskpane/AppProvider';
import { fakeServices } from '../taskpane/wizard/fakeServices';
import type { ReactNode } from 'react';

afterEach(cleanup);

async function renderInGerman(ui: ReactNode) {
  const catalog = await loadCatalog({ uiLocale: 'de', formattingLocale: 'de-DE' });
  return render(
    <FluentProvider theme={webLightTheme}>
      <TranslatorProvider catalog={catalog}>{ui}</TranslatorProvider>
    </FluentProvider>,
  );
}

describe('the wizard in German', () => {
  it('asks for the credentials in German and tells a wrong password in German, with the details kept', async () => {
    const onSubmit = vi.fn(async () => {
      throw new SessionError({
        code: 'BadCredentials',
        operation: 'DownloadMetadataFiles',
        url: 'https://crm.example.com/eai',
        userName: 'JSMITH',
      });
    });
    await renderInGerman(
      <CredentialsStep
        position="Schritt 3 von 6"
        initial={{ userName: '', password: '', remember: false }}
        onBack={() => undefined}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Anmelden' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zurück' })).toBeTruthy();
    expect(screen.getByLabelText('Kennwort auf diesem Computer speichern')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByText('Geben Sie Ihren Siebel-Benutzernamen ein.')).toBeTruthy();
    expect(screen.getByText('Geben Sie Ihr Kennwort ein.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/^Benutzername/), { target: { value: 'JSMITH' } });
    fireEvent.change(screen.getByLabelText(/^Kennwort(?! auf)/), { target: { value: 'geheim-123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Benutzername oder Kennwort ist falsch');
    expect(alert.textContent).toContain('Prüfen Sie Ihren Siebel-Benutzernamen und Ihr Kennwort');
    // The technical message stays for the administrator, in English.
    expect(alert.textContent).toMatch(/Details: Siebel refused the login of user JSMITH .*password is incorrect/);
    expect(alert.textContent).not.toContain('geheim-123');
  });

  it('tells a failed connection test in German with the test’s own message as the details', async () => {
    const fake = fakeServices({
      testConnection: async () => ({
        ok: false,
        problem: 'notSiebel',
        message: 'https://crm.example.com/ answered with a web page, not SOAP: it is not a Siebel EAI endpoint',
      }),
    });
    await renderInGerman(
      <AppProvider services={fake.services}>
        <ServerStep
          position="Schritt 2 von 6"
          serverUrl="https://crm.example.com/"
          onChange={() => undefined}
          onBack={() => undefined}
          onNext={() => undefined}
        />
      </AppProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Siebel-Server' })).toBeTruthy();
    expect(screen.getByLabelText(/^Siebel-Server-URL/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Verbindung testen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Verbindungstest fehlgeschlagen');
    expect(alert.textContent).toContain('Diese Adresse ist kein Siebel-EAI-Endpunkt.');
    expect(alert.textContent).toContain('not a Siebel EAI endpoint');
  });
});
