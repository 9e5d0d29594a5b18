import {
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslator } from '../../language/TranslatorContext';
import { IssuesBadge } from './IssuesBadge';
import { TabOverflowMenu } from './TabOverflowMenu';
import { TABS, TAB_ICONS, TAB_LABELS, TAB_PRIORITY, type TabName } from './viewTabs';

const useStyles = makeStyles({
  // One row: what does not fit goes to the "More" menu (Overflow measures this element).
  tabs: { flexWrap: 'nowrap', minWidth: 0, overflow: 'hidden' },
  tab: { minHeight: '32px' },
  badge: { marginInlineStart: tokens.spacingHorizontalXS },
});

/** Props of {@link ViewTabs}. */
export interface ViewTabsProps {
  readonly selected: TabName;
  readonly onSelect: (name: TabName) => void;
  /** Open issues, shown as a badge on the Issues tab (and its menu item). */
  readonly issues: number;
  /** Set to the selected tab's element (TabbedViews focuses it after the wizard). */
  readonly selectedRef?: Ref<HTMLButtonElement>;
}

/**
 * The task pane's tabs in one row of icons and labels; the tabs that do not fit go to a "More"
 * menu at the row's end, the selected tab never (it is pinned). Each tab is `tab-<name>` and
 * controls `panel-<name>`.
 */
export function ViewTabs({ selected, onSelect, issues, selectedRef }: ViewTabsProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  // A tab picked in the menu takes the focus once it is back in the row (the menu's button may go).
  const [focusWhenShown, setFocusWhenShown] = useState<TabName | null>(null);
  return (
    <Overflow minimumVisible={1}>
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as TabName)}
        size="small"
        aria-label={t('app.tabs.label')}
      >
        {TABS.map((name) => {
          const Icon = TAB_ICONS[name];
          return (
            <OverflowItem
              key={name}
              id={name}
              {...(name === selected ? { pinned: true } : { priority: TAB_PRIORITY[name] })}
            >
              <Tab
                ref={name === selected ? selectedRef : undefined}
                className={styles.tab}
                value={name}
                id={`tab-${name}`}
                aria-controls={`panel-${name}`}
                icon={<Icon />}
              >
                {t(TAB_LABELS[name])}
                {name === 'issues' && <IssuesBadge className={styles.badge} count={issues} />}
              </Tab>
            </OverflowItem>
          );
        })}
        <TabOverflowMenu
          issues={issues}
          onSelect={(name) => {
            onSelect(name);
            setFocusWhenShown(name);
          }}
        />
        {focusWhenShown && <FocusWhenShown name={focusWhenShown} onDone={() => setFocusWhenShown(null)} />}
      </TabList>
    </Overflow>
  );
}

/**
 * Moves the focus to tab `name` once the overflow has put it back in the row. Why: the menu gives
 * the focus back to its button when it closes, and a keyboard user would then be one arrow key away
 * from the tab just chosen, or on the body when the button went away.
 */
function FocusWhenShown({ name, onDone }: { readonly name: TabName; readonly onDone: () => void }) {
  const visible = useIsOverflowItemVisible(name);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (!visible) return undefined;
    // After the menu's own focus restoration, which runs when its popover unmounts.
    const frame = requestAnimationFrame(() => {
      document.getElementById(`tab-${name}`)?.focus();
      done.current();
    });
    return () => cancelAnimationFrame(frame);
  }, [visible, name]);
  return null;
}
