import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontalFilled, MoreHorizontalRegular, bundleIcon } from '@fluentui/react-icons';
import { useTranslator } from '../../language/TranslatorContext';
import { IssuesBadge } from './IssuesBadge';
import { visuallyHidden } from './visuallyHidden';
import { TABS, TAB_ICONS, TAB_LABELS, type TabName } from './viewTabs';

const MoreIcon = bundleIcon(MoreHorizontalFilled, MoreHorizontalRegular);

const useStyles = makeStyles({
  // As tall as the tabs, as narrow as its icon: it is the row's last item and must fit at 320 px.
  button: { alignSelf: 'stretch', minWidth: '32px', minHeight: '32px', paddingInline: tokens.spacingHorizontalXS },
  hidden: visuallyHidden,
  badge: { marginInlineStart: tokens.spacingHorizontalXS },
});

/** Props of {@link TabOverflowMenu}. */
export interface TabOverflowMenuProps {
  readonly issues: number;
  readonly onSelect: (name: TabName) => void;
}

/**
 * The "More" button at the end of the tab row, with a menu of the tabs that did not fit (Fluent's
 * TabList-with-overflow pattern); absent when every tab fits. It sits inside the tab list, so the
 * arrow keys reach it like a tab, and it has the tab role the tab list's children must have.
 */
export function TabOverflowMenu({ issues, onSelect }: TabOverflowMenuProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu hasIcons positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          id="tab-more"
          role="tab"
          appearance="transparent"
          className={styles.button}
          icon={<MoreIcon />}
        >
          {/* Text rather than aria-label, so the button's name is also its text (pseudo-locale checks, find in page). */}
          <span className={styles.hidden}>{t('app.tabs.more', { count: overflowCount })}</span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {TABS.map((name) => (
            <OverflowMenuItem key={name} name={name} issues={issues} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function OverflowMenuItem({
  name,
  issues,
  onSelect,
}: { readonly name: TabName } & Pick<TabOverflowMenuProps, 'issues' | 'onSelect'>) {
  const styles = useStyles();
  const { t } = useTranslator();
  const visible = useIsOverflowItemVisible(name);
  if (visible) return null;
  const Icon = TAB_ICONS[name];
  return (
    <MenuItem icon={<Icon />} onClick={() => onSelect(name)}>
      {t(TAB_LABELS[name])}
      {name === 'issues' && <IssuesBadge className={styles.badge} count={issues} />}
    </MenuItem>
  );
}
