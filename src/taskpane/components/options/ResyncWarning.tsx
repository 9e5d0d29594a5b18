import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Identity } from '../../../store';

const useStyles = makeStyles({
  body: { minWidth: 0, overflowWrap: 'anywhere' },
  line: { display: 'block', marginTop: '4px' },
  consent: { display: 'block', marginTop: '4px', marginLeft: '-8px' },
});

/** What the user agreed to when confirming. */
export interface ResyncConsent {
  /** True only when there were unsent changes and the user ticked "Discard N unsent changes". */
  readonly discardPendingChanges: boolean;
}

/** Props of {@link ResyncWarning}. */
export interface ResyncWarningProps {
  /** Whose data is on this computer now; `null` when none is. */
  readonly current: Identity | null;
  readonly next: Identity;
  /** Local changes not yet sent to Siebel; `null` while the count is not known. */
  readonly pendingChanges: number | null;
  readonly busy?: boolean;
  readonly confirmLabel?: string;
  readonly onConfirm: (consent: ResyncConsent) => void;
  readonly onCancel?: () => void;
  /** Sends the unsent changes with the current login first; offered only when there are some. */
  readonly onSendFirst?: () => void;
}

/** The sentence about local changes that a full synchronization would drop. */
export function pendingChangesText(pending: number | null): string {
  if (pending === null) return 'Checking for local changes not yet sent to Siebel…';
  if (pending === 0) return 'No local changes are waiting to be sent to Siebel, so nothing is lost.';
  return `${changes(pending)} ${pending === 1 ? 'has' : 'have'} not been sent to Siebel yet and would be lost.`;
}

/** The label of the consent check box, e.g. "Discard 3 unsent changes". */
export function discardLabel(pending: number): string {
  return `Discard ${pending} unsent change${pending === 1 ? '' : 's'}`;
}

function changes(n: number): string {
  return `${n} local change${n === 1 ? '' : 's'}`;
}

/**
 * Tells why a change of user name or server URL needs a full initial synchronization, that local
 * data will be replaced, and that the old data stays until it is done. Unsent local changes are
 * counted; they can be sent first, and the full synchronization is only allowed once the user
 * ticked the box that agrees to discard them: nothing is discarded silently.
 */
export function ResyncWarning(props: ResyncWarningProps) {
  const {
    current,
    next,
    pendingChanges,
    busy = false,
    confirmLabel = 'Change and synchronize',
    onConfirm,
    onCancel,
    onSendFirst,
  } = props;
  const styles = useStyles();
  const [consent, setConsent] = useState(false);
  const unsent = pendingChanges ?? 0;
  const blocked = pendingChanges === null || (unsent > 0 && !consent);
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
        {unsent > 0 && onSendFirst && (
          <span className={styles.line}>
            Send them to Siebel first with the current login, or agree to discard them.
          </span>
        )}
        {unsent > 0 && (
          <Checkbox
            className={styles.consent}
            checked={consent}
            disabled={busy}
            onChange={(_, data) => setConsent(data.checked === true)}
            label={discardLabel(unsent)}
          />
        )}
        <span className={styles.line}>
          You keep seeing the current data until the new synchronization has finished.
        </span>
      </MessageBarBody>
      <MessageBarActions>
        {unsent > 0 && onSendFirst && (
          <Button appearance="primary" onClick={onSendFirst} disabledFocusable={busy}>
            Send changes first
          </Button>
        )}
        <Button
          appearance={unsent > 0 && onSendFirst ? 'secondary' : 'primary'}
          onClick={() => onConfirm({ discardPendingChanges: unsent > 0 && consent })}
          disabledFocusable={busy || blocked}
        >
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
