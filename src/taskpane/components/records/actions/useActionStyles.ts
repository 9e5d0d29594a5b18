import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The compact buttons of a record's action row: the icon above a short label, at least 48 px
 * high, so five fit across the 320 px pane and each is an easy target between two e-mails.
 */
export const useActionStyles = makeStyles({
  action: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'flex-start',
    rowGap: '2px',
    minWidth: 0,
    minHeight: '48px',
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: '2px',
    paddingRight: '2px',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    '& .fui-Button__icon': { marginLeft: 0, marginRight: 0, color: tokens.colorBrandForeground1 },
  },
  /** An icon-only button next to a value (copy it): square, 32 px. */
  inline: { minWidth: '32px', minHeight: '32px', flexShrink: 0 },
  /** Heard by screen readers (a live region), not seen: the label or the button already shows it. */
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
