import { Body1, Button, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { CustomizationPackage } from '../../metadata';
import { describeProgress, runningText, startingText } from '../../i18n';
import { useAppServices } from '../hooks/useAppServices';
import { useSyncProgress } from '../hooks/useSync';
import { useTranslator } from '../language/TranslatorContext';
import { TypeProgressList } from './syncTab/TypeProgressList';
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
  const translator = useTranslator();
  const waiting = props.variant === 'tab' ? runningText(translator) : startingText(translator);
  // Without a package the type is named by its TypeId (fallbackTypeLabel), as the ribbon does.
  const label = props.pkg ? (typeId: string) => typeLabel(props.pkg, typeId, locale) : undefined;
  const text = progress ? describeProgress(translator, progress, label) : waiting;
  const value = progress?.recordsExpected ? Math.min(1, progress.recordsWritten / progress.recordsExpected) : undefined;
  const status = (
    <Body1 role="status" aria-live="polite">
      {text}
    </Body1>
  );
  if (props.variant !== 'tab')
    return (
      <div className={styles.root}>
        <ProgressBar value={value} aria-label={translator.t('sync.progress.label')} />
        {status}
      </div>
    );
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        {status}
        {props.onCancel && (
          <Button size="small" onClick={props.onCancel}>
            {translator.t('sync.progress.cancel')}
          </Button>
        )}
      </div>
      <ProgressBar value={value} thickness="large" aria-label={translator.t('sync.progress.label')} />
      {/* A row's title stands alone: the package's plural name, else the TypeId (not the in-sentence wording). */}
      {progress?.types && (
        <TypeProgressList types={progress.types} typeLabel={(typeId) => typeLabel(props.pkg, typeId, locale)} />
      )}
    </div>
  );
}
