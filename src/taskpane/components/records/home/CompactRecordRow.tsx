import { makeStyles, tokens } from '@fluentui/react-components';
import { Star20Filled } from '@fluentui/react-icons';

const useStyles = makeStyles({
  row: {
    boxSizing: 'border-box',
    width: '100%',
    minHeight: '36px',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  name: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  detail: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  star: { flexShrink: 0, color: tokens.colorPaletteMarigoldForeground1 },
});

/** Props of {@link CompactRecordRow}. */
export interface CompactRecordRowProps {
  /** `rowKeyOf` the record: where the focus returns after Back. */
  readonly rowKey: string;
  readonly name: string;
  /** Second line: the type, and what matched or where the record is. */
  readonly detail: string;
  readonly favourite?: boolean;
  /** Label of the star for screen readers ("Favourite"). */
  readonly favouriteLabel?: string;
  readonly onOpen: () => void;
}

/**
 * A record in the home's lists and the search results: a real button, 36 px or more high, marked
 * `data-home-row` so the arrow keys can walk every row of the home (see `moveAmongRows`).
 */
export function CompactRecordRow({ rowKey, name, detail, favourite, favouriteLabel, onOpen }: CompactRecordRowProps) {
  const styles = useStyles();
  return (
    <button type="button" className={styles.row} data-home-row data-row-key={rowKey} onClick={onOpen}>
      <span className={styles.text}>
        <span className={styles.name}>{name}</span>
        {detail !== '' && <span className={styles.detail}>{detail}</span>}
      </span>
      {favourite && <Star20Filled className={styles.star} aria-label={favouriteLabel} role="img" />}
    </button>
  );
}
