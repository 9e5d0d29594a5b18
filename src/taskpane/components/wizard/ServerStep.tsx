import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConnectionTestResult } from '../../../sync';
import { useAppServices } from '../../hooks/useAppServices';
import { ErrorBar } from '../ErrorBar';
import { SuccessBar } from './SuccessBar';
import { WizardFormStep } from './WizardFormStep';

/** Props of {@link ServerStep}. */
export interface ServerStepProps {
  readonly position: string;
  readonly serverUrl: string;
  readonly onChange: (serverUrl: string) => void;
  readonly onBack: () => void;
  /** Called once the URL passed the connection test. */
  readonly onNext: () => void;
}

/** The Siebel Server URL, with a "Test connection" that says precisely what is wrong. */
export function ServerStep({ position, serverUrl, onChange, onBack, onNext }: ServerStepProps) {
  const { testConnection } = useAppServices();
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const test = async (advance: boolean) => {
    if (testing) return;
    setTesting(true);
    setResult(null);
    const outcome = await testConnection(serverUrl.trim());
    setTesting(false);
    setResult(outcome);
    if (outcome.ok && advance) onNext();
  };
  return (
    <WizardFormStep
      position={position}
      title="Siebel Server"
      intro="Enter the address of your company's Siebel EAI endpoint. Your administrator can tell you; it starts with https://."
      onBack={onBack}
      onSubmit={() => void test(true)}
      submitLabel="Next"
      busy={testing}
      busyLabel="Testing…"
      extraActions={
        <Button onClick={() => void test(false)} disabledFocusable={testing}>
          Test connection
        </Button>
      }
    >
      <Field
        label="Siebel Server URL"
        required
        validationState={result && !result.ok && result.problem === 'invalidUrl' ? 'error' : 'none'}
      >
        <Input type="url" value={serverUrl} onChange={(_, data) => onChange(data.value)} autoComplete="url" />
      </Field>
      {result?.ok && <SuccessBar message={`Connection OK: ${result.message}.`} />}
      {result && !result.ok && <ErrorBar title="Connection test failed" message={result.message} />}
    </WizardFormStep>
  );
}
