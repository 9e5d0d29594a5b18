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
import type { Translator } from '../../../i18n';
import type { Identity } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';

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
export function pendingChangesText({ t }: Translator, pending: number | null): string {
  if (pending === null) return t('options.resync.pending.checking');
  if (pending === 0) return t('options.resync.pending.none');
  return t('options.resync.pending', { count: pending });
}

/** The label of the consent check box, e.g. "Discard 3 unsent changes". */
export function discardLabel({ t }: Translator, pending: number): string {
  return t('options.resync.discard', { count: pending });
}

/** "JSMITH on crm.example.com": whose data, on which server. */
function whoIs({ t }: Translator, identity: Identity): string {
  return t('options.resync.who', {
    userName: identity.userName,
    server: new URL(identity.serverUrl, 'http://x').host,
  });
}

/**
 * Tells why a change of user name or server URL needs a full initial synchronization, that local
 * data will be replaced, and that the old data stays until it is done. Unsent local changes are
 * counted; they can be sent first, and the full synchronization is only allowed once the user
 * ticked the box that agrees to discard them: nothing is discarded silently.
 */
export function ResyncWarning(props: ResyncWarningProps) {
  const { current, next, pendingChanges, busy = false, confirmLabel, onConfirm, onCancel, onSendFirst } = props;
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const [consent, setConsent] = useState(false);
  const unsent = pendingChanges ?? 0;
  const blocked = pendingChanges === null || (unsent > 0 && !consent);
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={t('options.resync.title')}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t('options.resync.title')}</MessageBarTitle>
        <span className={styles.line}>
          {current
            ? t('options.resync.replace', { current: whoIs(translator, current), next: whoIs(translator, next) })
            : t('options.resync.download', { next: whoIs(translator, next) })}
        </span>
        <span className={styles.line}>{pendingChangesText(translator, pendingChanges)}</span>
        {unsent > 0 && onSendFirst && <span className={styles.line}>{t('options.resync.sendOrDiscard')}</span>}
        {unsent > 0 && (
          <Checkbox
            className={styles.consent}
            checked={consent}
            disabled={busy}
            onChange={(_, data) => setConsent(data.checked === true)}
            label={discardLabel(translator, unsent)}
          />
        )}
        <span className={styles.line}>{t('options.resync.keepSeeing')}</span>
      </MessageBarBody>
      <MessageBarActions>
        {unsent > 0 && onSendFirst && (
          <Button appearance="primary" onClick={onSendFirst} disabledFocusable={busy}>
            {t('options.resync.sendFirst')}
          </Button>
        )}
        <Button
          appearance={unsent > 0 && onSendFirst ? 'secondary' : 'primary'}
          onClick={() => onConfirm({ discardPendingChanges: unsent > 0 && consent })}
          disabledFocusable={busy || blocked}
        >
          {confirmLabel ?? t('options.resync.confirm')}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabledFocusable={busy}>
            {t('options.resync.keepCurrent')}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
