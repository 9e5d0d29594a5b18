import { Button, useRestoreFocusTarget } from '@fluentui/react-components';
import { Suspense, useState } from 'react';
import { useTranslator } from '../../language/TranslatorContext';
import type { DeleteRecordProps } from './DeleteRecordDialog';
import { DeleteRecordDialog, preloadRecordEditing } from './lazyEdit';

/** Props of {@link DeleteRecordButton}. */
export type DeleteRecordButtonProps = DeleteRecordProps;

/**
 * "Delete", confirmed in a dialog: the record leaves the local data at once and is deleted in
 * Siebel with the next synchronization (a record never sent to Siebel is simply dropped). The
 * dialog's code is fetched when the pointer or the focus reaches the button, if the page has not
 * fetched it yet; it stays mounted once opened, so it closes with its animation and gives the
 * focus back to the button.
 */
export function DeleteRecordButton(props: DeleteRecordButtonProps) {
  const { t } = useTranslator();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const restoreFocusTarget = useRestoreFocusTarget();
  return (
    <>
      <Button
        {...restoreFocusTarget}
        onPointerEnter={preloadRecordEditing}
        onFocus={preloadRecordEditing}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {t('edit.delete')}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <DeleteRecordDialog {...props} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
