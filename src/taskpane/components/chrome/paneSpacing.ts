import { tokens } from '@fluentui/react-components';

/**
 * The pane's inner margin left and right. Small: at 320 px every pixel is a record's name, and
 * Outlook's own pane frame already sets the add-in apart. The status line reaches across it.
 */
export const PANE_PADDING = tokens.spacingHorizontalS;
