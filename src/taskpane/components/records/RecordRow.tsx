import { makeStyles, mergeClasses, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import type { CSSProperties } from 'react';
import { PendingBadge } from '../edit/PendingBadge';

const useStyles = makeStyles({
  row: {
    boxSizing: 'border-box',
    width: '100%',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    gap: '2px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
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
  placeholder: { cursor: 'default', color: tokens.colorNeutralForeground4 },
  skeletonName: { width: '55%' },
  skeletonDetail: { width: '80%' },
});

/** Props of {@link RecordRow}. */
export interface RecordRowProps {
  readonly index: number;
  readonly name: string;
  readonly detail: string;
  readonly style: CSSProperties;
  /** The record has a local change not yet sent to Siebel. */
  readonly pending?: boolean;
  readonly onOpen: () => void;
}

/**
 * One row of a record list: a real button (focusable, Enter and Space open it). Names are
 * rendered as React text children, so markup in CRM data is shown, never interpreted.
 */
export function RecordRow({ index, name, detail, style, pending = false, onOpen }: RecordRowProps) {
  const styles = useStyles();
  return (
    <div role="listitem" style={style}>
      <button type="button" className={styles.row} style={{ height: '100%' }} data-index={index} onClick={onOpen}>
        <span className={styles.name}>{name}</span>
        {(detail !== '' || pending) && (
          <span className={styles.detail}>
            {pending && <PendingBadge size="small" />} {detail}
          </span>
        )}
      </button>
    </div>
  );
}

/** A row whose page is still loading: the shape of a row (Fluent's Skeleton), named for screen readers. */
export function PlaceholderRow({ style, label }: { readonly style: CSSProperties; readonly label: string }) {
  const styles = useStyles();
  return (
    <div role="listitem" style={style} aria-busy="true" aria-label={label}>
      <Skeleton className={mergeClasses(styles.row, styles.placeholder)} style={{ height: '100%' }}>
        <SkeletonItem className={styles.skeletonName} size={16} />
        <SkeletonItem className={styles.skeletonDetail} size={12} />
      </Skeleton>
    </div>
  );
}
