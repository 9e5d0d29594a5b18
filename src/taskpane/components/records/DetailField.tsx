import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  value: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  empty: { color: tokens.colorNeutralForeground4 },
});

/** One label/value pair of a detail form (inside a `<dl>`). */
export function DetailField({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const styles = useStyles();
  const empty = children === '' || children === null || children === undefined;
  return (
    <div className={styles.row}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{empty ? <span className={styles.empty}>—</span> : children}</dd>
    </div>
  );
}
