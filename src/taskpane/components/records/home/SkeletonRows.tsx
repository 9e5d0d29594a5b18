import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  name: { width: '60%' },
  detail: { width: '85%' },
});

/** Placeholder rows shaped like the list's while records load (no spinner flash, no layout jump). */
export function SkeletonRows({ label, rows = 5 }: { readonly label: string; readonly rows?: number }) {
  const styles = useStyles();
  return (
    <Skeleton className={styles.root} aria-busy="true" aria-label={label} role="progressbar">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={styles.row}>
          <SkeletonItem className={styles.name} size={16} />
          <SkeletonItem className={styles.detail} size={12} />
        </div>
      ))}
    </Skeleton>
  );
}
