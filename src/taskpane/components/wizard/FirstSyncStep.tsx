import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CustomizationPackage } from '../../../metadata';
import type { SyncReport } from '../../../sync';
import { useSync } from '../../hooks/useSync';
import { ErrorBar } from '../ErrorBar';
import { SyncProgressPanel } from '../SyncProgressPanel';
import { WizardStep } from './WizardStep';

/** Props of {@link FirstSyncStep}. */
export interface FirstSyncStepProps {
  readonly position: string;
  readonly pkg: CustomizationPackage | null;
  readonly onBack: () => void;
  readonly onDone: (report: SyncReport) => void;
}

/** Runs the first (initial) synchronization with live progress and a Cancel button. */
export function FirstSyncStep({ position, pkg, onBack, onDone }: FirstSyncStepProps) {
  const sync = useSync();
  const [attempt, setAttempt] = useState(0);
  const [ended, setEnded] = useState<{ kind: 'failed' | 'cancelled'; message: string } | null>(null);
  const started = useRef(-1);
  useEffect(() => {
    // StrictMode mounts effects twice: one run per attempt.
    if (started.current === attempt) return;
    started.current = attempt;
    setEnded(null);
    void sync.start().then((report) => {
      if (report?.outcome === 'succeeded') onDone(report);
      else if (report?.outcome === 'cancelled')
        setEnded({
          kind: 'cancelled',
          message: 'You cancelled the synchronization. Nothing was replaced; start it again when you are ready.',
        });
      else
        setEnded({
          kind: 'failed',
          message: report?.error?.message ?? 'The synchronization could not start — try again.',
        });
    });
  }, [attempt, sync, onDone]);
  const running = ended === null;
  return (
    <WizardStep
      position={position}
      title="First synchronization"
      intro="Your CRM data is downloaded to this computer. This can take a few minutes the first time."
      actions={
        running ? (
          <Button onClick={sync.cancel}>Cancel</Button>
        ) : (
          <>
            <Button onClick={onBack}>Back</Button>
            <Button appearance="primary" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </Button>
          </>
        )
      }
    >
      {running && <SyncProgressPanel pkg={pkg} />}
      {ended && (
        <ErrorBar
          title={ended.kind === 'cancelled' ? 'Synchronization cancelled' : 'Synchronization failed'}
          message={ended.message}
        />
      )}
    </WizardStep>
  );
}
