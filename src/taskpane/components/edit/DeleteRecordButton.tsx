import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { deleteRecord } from '../../../sync';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import { failureMessage } from './failureMessage';

/** Props of {@link DeleteRecordButton}. */
export interface DeleteRecordButtonProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly typeId: string;
  readonly recordId: string;
  /** The record's display name, for the question. */
  readonly name: string;
  /** The record is a pending insert: it never reached Siebel, so there is nothing to delete there. */
  readonly neverSent?: boolean;
  readonly onDeleted: () => void;
}

/**
 * "Delete", confirmed in a dialog: the record leaves the local data at once and is deleted in
 * Siebel with the next synchronization (a record never sent to Siebel is simply dropped).
 */
export function DeleteRecordButton({
  db,
  pkg,
  typeId,
  recordId,
  name,
  neverSent = false,
  onDeleted,
}: DeleteRecordButtonProps) {
  const translator = useTranslator();
  const { t } = translator;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await deleteRecord({ db, pkg }, typeId, recordId);
      setOpen(false);
      onDeleted();
    } catch (error) {
      setFailure({ error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)} modalType="alert">
      <DialogTrigger disableButtonEnhancement>
        <Button>{t('edit.delete')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('edit.delete.title', { name })}</DialogTitle>
          <DialogContent>
            {t(neverSent ? 'edit.delete.neverSent' : 'edit.delete.explain')}
            {failure && (
              <ErrorBar title={t('edit.delete.failed')} message={failureMessage(translator, failure.error)} />
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()} disabledFocusable={busy}>
              {t(neverSent ? 'edit.delete' : 'edit.delete.confirm')}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button disabledFocusable={busy}>{t('edit.cancel')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
