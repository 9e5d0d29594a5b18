import { Body1, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { CustomizationPackage } from '../../../metadata';
import { describeProgress } from '../../../sync';
import { useAppServices } from '../../hooks/useAppServices';
import { useSyncProgress } from '../../hooks/useSync';
import { typeLabel } from './typeLabel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Live progress of the running synchronization (this task pane's or the ribbon's). */
export function SyncProgressPanel({ pkg }: { readonly pkg: CustomizationPackage | null }) {
  const styles = useStyles();
  const progress = useSyncProgress();
  const locale = useAppServices().host.displayLanguage;
  const text = progress ? describeProgress(progress, (typeId) => typeLabel(pkg, typeId, locale), locale) : 'Starting…';
  const value = progress?.recordsExpected ? Math.min(1, progress.recordsWritten / progress.recordsExpected) : undefined;
  return (
    <div className={styles.root}>
      <ProgressBar value={value} aria-label="Synchronization progress" />
      <Body1 role="status" aria-live="polite">
        {text}
      </Body1>
    </div>
  );
}
