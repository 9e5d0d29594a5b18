import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PANE_PADDING } from './paneSpacing';

/** The header's height at most (status line and tab row, 32 px each, and their borders), and a margin. */
const HEADER_HEIGHT = '80px';

const useStyles = makeStyles({
  // Stays at the top while a long record or form scrolls: the status and the tabs are always one
  // glance and one click away. Sticky at the top rather than at the bottom, where full-page
  // screenshots (docs, tests) would draw it across the middle of the page.
  root: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    marginInline: `calc(-1 * ${PANE_PADDING})`,
    paddingInline: PANE_PADDING,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

// Why: a control that takes the focus under the sticky header (Shift+Tab up a long form) would be
// hidden by it; the page scrolls it below the header instead.
const useScrollPadding = makeStaticStyles({ html: { scrollPaddingTop: HEADER_HEIGHT } });

/** The top of the task pane once the first run is done: the status line and the tab row, kept in view. */
export function PaneHeader({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  useScrollPadding();
  return <div className={styles.root}>{children}</div>;
}
