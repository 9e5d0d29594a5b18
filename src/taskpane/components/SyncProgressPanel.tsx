import { Body1, Button, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { CustomizationPackage } from '../../metadata';
import { describeProgress, RUNNING_TEXT, STARTING_TEXT } from '../../sync';
import { useAppServices } from '../hooks/useAppServices';
import { useSyncProgress } from '../hooks/useSync';
import { typeLabel } from './wizard/typeLabel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/** Props of {@link SyncProgressPanel}. */
export type SyncProgressPanelProps = {
  /** Names the types in the text by their plural display names; `null` names them by TypeId. */
  readonly pkg: CustomizationPackage | null;
} & (
  | {
      /**
       * `step` (the default): a screen that has just started the run (a wizard step, a notice): the
       * bar above the text, "Starting…" until the first progress report.
       */
      readonly variant?: 'step';
    }
  | {
      /**
       * `tab`: the Sync tab, which also shows a run of the ribbon: the text (and Cancel) above a
       * thick bar, "Synchronizing…" until the first progress report.
       */
      readonly variant: 'tab';
      /** Shows Cancel; absent when the run belongs to another runtime (the ribbon), which this pane cannot cancel. */
      readonly onCancel?: () => void;
    }
);

/** Live progress of the running synchronization, whichever runtime started it (this task pane or the ribbon). */
export function SyncProgressPanel(props: SyncProgressPanelProps) {
  const styles = useStyles();
  const progress = useSyncProgress();
  const locale = useAppServices().host.displayLanguage;
  const waiting = props.variant === 'tab' ? RUNNING_TEXT : STARTING_TEXT;
  const text = progress
    ? describeProgress(progress, (typeId) => typeLabel(props.pkg, typeId, locale), locale)
    : waiting;
  const value = progress?.recordsExpected ? Math.min(1, progress.recordsWritten / progress.recordsExpected) : undefined;
  const status = (
    <Body1 role="status" aria-live="polite">
      {text}
    </Body1>
  );
  if (props.variant !== 'tab')
    return (
      <div className={styles.root}>
        <ProgressBar value={value} aria-label="Synchronization progress" />
        {status}
      </div>
    );
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        {status}
        {props.onCancel && (
          <Button size="small" onClick={props.onCancel}>
            Cancel
          </Button>
        )}
      </div>
      <ProgressBar value={value} thickness="large" aria-label="Synchronization progress" />
    </div>
  );
}
