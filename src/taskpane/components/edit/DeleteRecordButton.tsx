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
import { ErrorBar } from '../ErrorBar';

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
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await deleteRecord({ db, pkg }, typeId, recordId);
      setOpen(false);
      onDeleted();
    } catch (error) {
      setFailure((error as Error)?.message ?? String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)} modalType="alert">
      <DialogTrigger disableButtonEnhancement>
        <Button>Delete</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete {name}?</DialogTitle>
          <DialogContent>
            {neverSent
              ? 'It was never sent to Siebel, so it is simply removed from this computer.'
              : 'It disappears from your CRM data in Outlook now and is deleted in Siebel with the next synchronization. Until then the deletion waits on this computer.'}
            {failure && <ErrorBar title="Not deleted" message={failure} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()} disabledFocusable={busy}>
              {neverSent ? 'Delete' : 'Delete in Siebel and Outlook'}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button disabledFocusable={busy}>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
