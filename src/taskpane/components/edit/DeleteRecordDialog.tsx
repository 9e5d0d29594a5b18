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
import { deleteRecord } from '../../../sync';
import { useTranslator } from '../../language/TranslatorContext';
import { ErrorBar } from '../ErrorBar';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { failureMessage } from './failureMessage';

/** The record a delete button deletes (props of `DeleteRecordButton`). */
export interface DeleteRecordProps {
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

/** Props of {@link DeleteRecordDialog}: the record, and whether the dialog is open. */
export interface DeleteRecordDialogProps extends DeleteRecordProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

/**
 * The question of `DeleteRecordButton`, in its own chunk (`record-edit`, with the editor): the
 * record leaves the local data at once and is deleted in Siebel with the next synchronization (a
 * record never sent to Siebel is simply dropped).
 */
export function DeleteRecordDialog({
  db,
  pkg,
  typeId,
  recordId,
  name,
  neverSent = false,
  onDeleted,
  open,
  onOpenChange,
}: DeleteRecordDialogProps) {
  const translator = useTranslator();
  const { t } = translator;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await deleteRecord({ db, pkg }, typeId, recordId);
      onOpenChange(false);
      onDeleted();
    } catch (error) {
      setFailure({ error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)} modalType="alert">
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
