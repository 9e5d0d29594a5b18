import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useCardStyles } from '../useCardStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { width: '55%', height: '20px' },
  line: { width: '80%', height: '12px' },
  short: { width: '45%', height: '12px' },
  button: { width: '120px', height: '32px' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  badge: { width: '32px', height: '20px' },
  rowText: { flexGrow: 1, height: '16px' },
});

/** The shape of the sender's card and two recipients while their contacts are looked up. */
export function EmailSkeleton({ label }: { readonly label: string }) {
  const styles = useStyles();
  const card = useCardStyles();
  return (
    <Skeleton className={styles.root} aria-label={label} aria-busy="true">
      <div className={card.card}>
        <SkeletonItem className={styles.title} />
        <SkeletonItem className={styles.line} />
        <SkeletonItem className={styles.short} />
        <SkeletonItem className={styles.line} />
        <SkeletonItem className={styles.button} />
      </div>
      {[0, 1].map((i) => (
        <div key={i} className={styles.row}>
          <SkeletonItem className={styles.badge} />
          <SkeletonItem className={styles.rowText} />
        </div>
      ))}
    </Skeleton>
  );
}
