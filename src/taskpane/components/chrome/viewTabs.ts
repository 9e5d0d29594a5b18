import {
  WarningFilled,
  WarningRegular,
  ArrowSyncFilled,
  ArrowSyncRegular,
  BookContactsFilled,
  BookContactsRegular,
  MailFilled,
  MailRegular,
  SettingsFilled,
  SettingsRegular,
  bundleIcon,
} from '@fluentui/react-icons';
import type { FluentIcon } from '@fluentui/react-icons';
import type { MessageId } from '../../../i18n';

/** The tabs of the task pane once the first run is done, in the order they show. */
export const TABS = ['records', 'email', 'sync', 'issues', 'options'] as const;

/** One of {@link TABS}. */
export type TabName = (typeof TABS)[number];

/** Each tab's label. */
export const TAB_LABELS = {
  records: 'app.tab.records',
  email: 'app.tab.email',
  sync: 'app.tab.sync',
  issues: 'app.tab.issues',
  options: 'app.tab.options',
} as const satisfies Readonly<Record<TabName, MessageId>>;

// Regular when not selected, filled when selected (Fluent's Tab switches the bundled pair itself).
/** Each tab's icon, in the tab and in the overflow menu. */
export const TAB_ICONS: Readonly<Record<TabName, FluentIcon>> = {
  records: bundleIcon(BookContactsFilled, BookContactsRegular),
  email: bundleIcon(MailFilled, MailRegular),
  sync: bundleIcon(ArrowSyncFilled, ArrowSyncRegular),
  issues: bundleIcon(WarningFilled, WarningRegular),
  options: bundleIcon(SettingsFilled, SettingsRegular),
};

/**
 * Which tabs stay in the row when the pane is too narrow for all (higher stays longer; the selected
 * tab always stays). A rep's day is the records and the current email; Sync and Issues are also one
 * click away on the status line, and Options is for the first day.
 */
export const TAB_PRIORITY: Readonly<Record<TabName, number>> = {
  records: 5,
  email: 4,
  sync: 3,
  issues: 2,
  options: 1,
};
