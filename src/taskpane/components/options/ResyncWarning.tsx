import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { Identity } from '../../../store';

const useStyles = makeStyles({
  body: { minWidth: 0, overflowWrap: 'anywhere' },
  line: { display: 'block', marginTop: '4px' },
});

/** Props of {@link ResyncWarning}. */
export interface ResyncWarningProps {
  /** Whose data is on this computer now; `null` when none is. */
  readonly current: Identity | null;
  readonly next: Identity;
  /** Local changes not yet sent to Siebel; `null` when the add-in cannot tell. */
  readonly pendingChanges: number | null;
  readonly busy?: boolean;
  readonly confirmLabel?: string;
  readonly onConfirm: () => void;
  readonly onCancel?: () => void;
}

/** The sentence about local changes that a full synchronization would drop. */
export function pendingChangesText(pending: number | null): string {
  if (pending === null || pending === 0) return 'No local changes are waiting to be sent to Siebel, so nothing is lost.';
  return `${pending} local change${pending === 1 ? ' has' : 's have'} not been sent to Siebel yet and will be lost.`;
}

/**
 * Tells why a change of user name or server URL needs a full initial synchronization, that local
 * data will be replaced (and what is not sent yet), and that the old data stays until it is done.
 */
export function ResyncWarning({ current, next, pendingChanges, busy = false, confirmLabel = 'Change and synchronize', onConfirm, onCancel }: ResyncWarningProps) {
  const styles = useStyles();
  const who = (identity: Identity) => `${identity.userName} on ${new URL(identity.serverUrl, 'http://x').host}`;
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label="Full synchronization needed">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>Full synchronization needed</MessageBarTitle>
        <span className={styles.line}>
          {current
            ? `The CRM data on this computer belongs to ${who(current)}. Because the user name or server changes to ${who(next)}, all CRM data must be downloaded again, and the local data will be replaced.`
            : `All CRM data of ${who(next)} will be downloaded.`}
        </span>
        <span className={styles.line}>{pendingChangesText(pendingChanges)}</span>
        <span className={styles.line}>You keep seeing the current data until the new synchronization has finished.</span>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm} disabledFocusable={busy}>
          {confirmLabel}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabledFocusable={busy}>
            Keep current
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
