import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { RecordDetail } from './RecordDetail';
import type { RecordStack } from './useRecordStack';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  back: { alignSelf: 'flex-start' },
});

/** Props of {@link DetailPane}. */
export interface DetailPaneProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly stack: RecordStack;
  readonly dataVersion: number;
  /** Text of the back button when it leads out of the records, e.g. "Back to Accounts". */
  readonly backLabel: string;
}

/** The record on top of `stack` with a Back button; Escape also goes back. */
export function DetailPane({ db, pkg, stack, dataVersion, backLabel }: DetailPaneProps) {
  const styles = useStyles();
  const backButton = useRef<HTMLButtonElement>(null);
  const current = stack.current;
  // Moving to another record moves focus to Back, so keyboard users start at the top of the new page.
  useEffect(() => backButton.current?.focus(), [current]);
  if (!current) return null;
  return (
    <div className={styles.root} onKeyDown={(e) => e.key === 'Escape' && stack.back()}>
      <Button ref={backButton} className={styles.back} appearance="subtle" onClick={stack.back}>
        ← {stack.depth > 1 ? 'Back' : backLabel}
      </Button>
      <RecordDetail key={`${current.typeId}/${current.id}`} db={db} pkg={pkg} target={current} dataVersion={dataVersion} onOpen={stack.open} />
    </div>
  );
}
