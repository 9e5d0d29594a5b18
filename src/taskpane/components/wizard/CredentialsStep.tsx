import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { errorMessage } from '../../errorMessage';
import { ErrorBar } from '../ErrorBar';
import { WizardFormStep } from './WizardFormStep';

/** What the user typed on the credentials step. */
export interface CredentialsInput {
  readonly userName: string;
  readonly password: string;
  readonly remember: boolean;
}

/** Props of {@link CredentialsStep}. */
export interface CredentialsStepProps {
  readonly position: string;
  readonly initial: CredentialsInput;
  readonly onBack: () => void;
  /** Signs in (and finds the package); a rejection is shown on this step. */
  readonly onSubmit: (input: CredentialsInput) => Promise<void>;
}

/** User name, password and "Remember password on this computer". */
export function CredentialsStep({ position, initial, onBack, onSubmit }: CredentialsStepProps) {
  const [userName, setUserName] = useState(initial.userName);
  const [password, setPassword] = useState(initial.password);
  const [remember, setRemember] = useState(initial.remember);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const missing = userName.trim() === '' || password === '';
  const submit = async () => {
    setTouched(true);
    if (busy || missing) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ userName: userName.trim(), password, remember });
    } catch (failure) {
      setError(errorMessage(failure, password));
      setBusy(false);
    }
  };
  return (
    <WizardFormStep
      position={position}
      title="Sign in"
      intro="Your Siebel user name and password. The password stays on this computer and is sent only to your Siebel Server."
      onBack={onBack}
      onSubmit={() => void submit()}
      submitLabel="Sign in"
      busy={busy}
      busyLabel="Signing in…"
    >
      <Field
        label="User name"
        required
        validationMessage={touched && userName.trim() === '' ? 'Enter your Siebel user name.' : undefined}
      >
        <Input value={userName} onChange={(_, data) => setUserName(data.value)} autoComplete="username" />
      </Field>
      <Field
        label="Password"
        required
        validationMessage={touched && password === '' ? 'Enter your password.' : undefined}
      >
        <Input
          type="password"
          value={password}
          onChange={(_, data) => setPassword(data.value)}
          autoComplete="current-password"
        />
      </Field>
      <Checkbox
        checked={remember}
        onChange={(_, data) => setRemember(data.checked === true)}
        label="Remember password on this computer"
      />
      {error && <ErrorBar title="Could not sign in" message={error} />}
    </WizardFormStep>
  );
}
