import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The bordered card the task pane lists things in (contacts of an email, synchronization issues):
 * `card` for the item, `top` for its heading row of name and badges.
 */
export const useCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // Record names and server messages can be one long word; a 320 px pane must not scroll sideways.
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});
