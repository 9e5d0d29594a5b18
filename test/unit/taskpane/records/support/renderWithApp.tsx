import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { writeLoginOptions, type Host, type MailItemSummary } from '../../../../../src/host';
import type { Store } from '../../../../../src/store';
import type { AdminSettings, SyncEngine } from '../../../../../src/sync';
import { AppProvider } from '../../../../../src/taskpane/AppProvider';
import type { AppServices } from '../../../../../src/taskpane/AppServices';
import { fakeHost } from '../../fakeHost';

/** What a view test may change about the task pane around it. */
export interface AppOptions {
  readonly store: Store;
  readonly engine?: SyncEngine;
  readonly item?: MailItemSummary | null;
  /** Signed in with this password (in memory), or not signed in when absent. */
  readonly password?: string;
  readonly language?: string;
  /** Host methods a test replaces or adds (e.g. `markShared`). */
  readonly hostOverrides?: Partial<Host>;
  /** The deployment file's `admin` section (all open when absent). */
  readonly admin?: AdminSettings;
}

/** An engine that must not be called: views that only read data get this one. */
export function idleEngine(store: Store): SyncEngine {
  return {
    synchronize: vi.fn(() => Promise.reject(new Error('synchronize was not expected in this test'))),
    status: async () => ({ running: false, lastRun: (await store.listSyncLog(1))[0] ?? null }),
  };
}

/** Renders `ui` inside the real AppProvider with a fake host, a real store and the given engine. */
export async function renderWithApp(ui: ReactNode, options: AppOptions) {
  const base = fakeHost().host;
  const host: Host = {
    ...base,
    displayLanguage: options.language ?? 'en-US',
    currentItem: async () => options.item ?? null,
    ...options.hostOverrides,
  };
  await writeLoginOptions(host.roamingSettings, {
    serverUrl: 'http://localhost/siebel',
    userName: 'JSMITH',
    autoSyncMinutes: 0,
  });
  const services: AppServices = {
    host,
    store: options.store,
    engine: options.engine ?? idleEngine(options.store),
    vault: { remember: async () => undefined, recall: async () => null, forget: async () => undefined },
    testConnection: () => Promise.reject(new Error('not used')),
    discoverPackage: () => Promise.reject(new Error('not used')),
    ...(options.admin ? { admin: options.admin } : {}),
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppProvider services={services} initialPassword={options.password ?? null}>
        {ui}
      </AppProvider>
    </FluentProvider>,
  );
}

/** jsdom lays nothing out: give every element a 320×480 box so the virtualizer has a window. */
export function fakeLayout(height = 480): void {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(height);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(320);
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(height);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(320);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    bottom: height,
    right: 320,
    width: 320,
    height,
    toJSON: () => ({}),
  } as DOMRect);
}
