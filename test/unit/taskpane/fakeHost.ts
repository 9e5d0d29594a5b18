import type { Host, MailItemSummary, NotificationKind } from '../../../src/host';

/** A Host for component tests: settings in a plain object, saves and notifications recorded. */
export function fakeHost(initial: Record<string, unknown> = {}, options: { failSave?: boolean } = {}) {
  const values: Record<string, unknown> = { ...initial };
  const saved: Array<Record<string, unknown>> = [];
  const notifications: Array<{ message: string; kind: NotificationKind }> = [];
  const host: Host = {
    kind: 'standalone',
    displayLanguage: 'en-US',
    theme: 'light',
    roamingSettings: {
      get: (key) => values[key],
      set: (key, value) => void (values[key] = value),
      remove: (key) => void delete values[key],
      save: async () => {
        if (options.failSave) throw new Error('storage full');
        saved.push({ ...values });
      },
    },
    currentItem: async (): Promise<MailItemSummary | null> => null,
    currentItemBody: async () => '',
    notify: async (message, kind) => void notifications.push({ message, kind }),
    registerCommand: () => undefined,
  };
  return { host, saved, notifications };
}
