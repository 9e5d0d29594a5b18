import type { GriffelStyle } from '@fluentui/react-components';

/**
 * Styles of text that only assistive technology reads (a landmark's heading, a live region): out of
 * the layout but not `display: none`, which would hide it from screen readers too.
 */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
