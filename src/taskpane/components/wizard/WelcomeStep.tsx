import { Button } from '@fluentui/react-components';
import { WizardStep } from './WizardStep';

/** The first screen: what CRM Desktop does and what the user needs. */
export function WelcomeStep({ position, onNext }: { readonly position: string; readonly onNext: () => void }) {
  return (
    <WizardStep
      position={position}
      title="Welcome to CRM Desktop"
      intro="CRM Desktop brings your Siebel accounts, contacts, opportunities and activities into Outlook, so you can work with them next to your e-mail, even offline."
      actions={
        <Button appearance="primary" onClick={onNext}>
          Get started
        </Button>
      }
    >
      You need the address of your Siebel Server and your Siebel user name and password.
    </WizardStep>
  );
}
