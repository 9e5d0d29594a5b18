import { Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'grid', gridTemplateColumns: '32px 1fr', alignItems: 'center', gap: tokens.spacingHorizontalS },
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  short: { width: '60%' },
});

/** Rows of the placeholder: about what a records list shows in the first screen. */
const ROWS = 4;

/**
 * What shows while a tab's code loads: the shape of a list rather than a spinner, so the view that
 * follows does not jump in, and the wait reads as a moment. `label` ("Loading Sync…") names it for
 * screen readers (Skeleton is a progress bar to them).
 */
export function ViewLoading({ label }: { readonly label: string }) {
  const styles = useStyles();
  return (
    <Skeleton className={styles.root} aria-label={label}>
      <SkeletonItem size={32} />
      {Array.from({ length: ROWS }, (_, row) => (
        <div key={row} className={styles.row}>
          <SkeletonItem shape="circle" size={32} />
          <div className={styles.lines}>
            <SkeletonItem size={12} />
            <SkeletonItem size={12} className={styles.short} />
          </div>
        </div>
      ))}
    </Skeleton>
  );
}
