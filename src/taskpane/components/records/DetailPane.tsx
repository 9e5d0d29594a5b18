import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useReducer, useRef, useState } from 'react';
import type { CustomizationPackage } from '../../../metadata';
import { isLocalId, type DataDatabase } from '../../../store';
import { openInSiebelUrl } from '../../../sync';
import { useAdminSettings } from '../../hooks/useAppServices';
import { DeleteRecordButton } from '../edit/DeleteRecordButton';
import { preloadRecordEditing, RecordEditor } from '../edit/lazyEdit';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { usePendingChanges, type PendingChanges } from '../../hooks/usePendingChanges';
import { useTranslator } from '../../language/TranslatorContext';
import { RecordDetail } from './RecordDetail';
import type { RecordStack } from './useRecordStack';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  back: { alignSelf: 'flex-start' },
});

/** Props of {@link DetailPane}. */
export interface DetailPaneProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly stack: RecordStack;
  readonly dataVersion: number;
  /** Text of the back button when it leads out of the records, e.g. "Back to Accounts". */
  readonly backLabel: string;
  /** The pending changes the caller already reads; when absent, the pane reads them itself. */
  readonly pending?: PendingChanges;
  /** Called after a local save or delete, so the caller's lists and badges reload. */
  readonly onChanged?: () => void;
}

/**
 * The record on top of `stack` with a Back button, Edit and Delete, and its quick actions (write,
 * call, map, Open in Siebel, copy the Id); Escape also goes back.
 */
export function DetailPane({
  db,
  pkg,
  stack,
  dataVersion: outerVersion,
  backLabel,
  pending: outerPending,
  onChanged,
}: DetailPaneProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const [localSaves, saved] = useReducer((n: number) => n + 1, 0);
  const dataVersion = outerVersion + localSaves;
  const ownPending = usePendingChanges(outerPending ? null : db, dataVersion);
  const pending = outerPending ?? ownPending;
  const changed = () => {
    saved();
    onChanged?.();
  };
  const backButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const admin = useAdminSettings();
  // Why: when the form closes (saved or cancelled) its buttons go away and the focus fell back to
  // the page's body. It returns to Edit, where the user left the record, once the record is shown again.
  const editReturn = useReturnFocus<HTMLButtonElement>();
  const stopEditing = () => {
    editReturn.returnHere();
    setEditing(false);
  };
  const current = stack.current;
  // Moving to another record moves focus to Back, so keyboard users start at the top of the new page.
  useEffect(() => backButton.current?.focus(), [current]);
  useEffect(() => setEditing(false), [current]);
  if (!current) return null;
  if (editing) {
    return (
      <Suspense fallback={<Spinner size="small" label={t('records.loading')} />}>
        <RecordEditor
          key={`${current.typeId}/${current.id}`}
          db={db}
          pkg={pkg}
          typeId={current.typeId}
          recordId={current.id}
          onSaved={() => {
            stopEditing();
            changed();
          }}
          onCancel={stopEditing}
        />
      </Suspense>
    );
  }
  const change = pending.of(current.typeId, current.id);
  // The administrator's link to the record in the Siebel web client (deployment file `admin.openInSiebel`);
  // a record not yet sent has no Siebel Id to open.
  const siebelUrl = isLocalId(current.id) ? null : openInSiebelUrl(admin, current.typeId, current.id);
  return (
    // Escape in the delete dialog (a portal, but inside this React tree) must not leave the record too.
    <div
      className={styles.root}
      onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.contains(e.target as Node) && stack.back()}
    >
      <Button ref={backButton} className={styles.back} appearance="subtle" onClick={stack.back}>
        ← {stack.depth > 1 ? t('records.detail.back') : backLabel}
      </Button>
      <RecordDetail
        key={`${current.typeId}/${current.id}`}
        db={db}
        pkg={pkg}
        target={current}
        dataVersion={dataVersion}
        onOpen={stack.open}
        onMoved={stack.replace}
        pending={change !== undefined}
        siebelUrl={siebelUrl}
        actions={(_, name) => (
          <>
            <Button
              ref={editReturn.target}
              onPointerEnter={preloadRecordEditing}
              onFocus={preloadRecordEditing}
              onClick={() => setEditing(true)}
            >
              {t('records.detail.edit')}
            </Button>
            <DeleteRecordButton
              db={db}
              pkg={pkg}
              typeId={current.typeId}
              recordId={current.id}
              name={name}
              neverSent={change?.operation === 'insert'}
              onDeleted={() => {
                stack.back();
                changed();
              }}
            />
          </>
        )}
      />
    </div>
  );
}
