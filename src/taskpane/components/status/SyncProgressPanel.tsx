import { Body1, Button, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { describeProgress, type SyncProgress } from '../../../sync';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/** Props of {@link SyncProgressPanel}. */
export interface SyncProgressPanelProps {
  readonly progress: SyncProgress | null;
  readonly locale: string;
  readonly typeLabel: (typeId: string) => string;
  /** Absent when the run belongs to another runtime (the ribbon), which this pane cannot cancel. */
  readonly onCancel?: () => void;
}

/** Live progress of the running synchronization, whichever runtime started it. */
export function SyncProgressPanel({ progress, locale, typeLabel, onCancel }: SyncProgressPanelProps) {
  const styles = useStyles();
  const text = progress ? describeProgress(progress, typeLabel, locale) : 'Synchronizing…';
  const expected = progress?.recordsExpected ?? null;
  const value = expected && progress ? Math.min(1, progress.recordsWritten / expected) : undefined;
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Body1 role="status" aria-live="polite">
          {text}
        </Body1>
        {onCancel && (
          <Button size="small" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
      <ProgressBar value={value} thickness="large" aria-label="Synchronization progress" />
    </div>
  );
}
