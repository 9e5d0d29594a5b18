import { Body1, Button, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import { Suspense, useId, useMemo, useReducer, useState } from 'react';
import { findObject, type ObjectType } from '../../../metadata';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useDisplayText } from '../../hooks/useDisplayText';
import { usePendingChanges } from '../../hooks/usePendingChanges';
import { usePreloadWhenIdle } from '../../hooks/usePreloadWhenIdle';
import { useDataVersion } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import { EDIT_CHUNK, preloadRecordEditing, RecordEditor } from '../edit/lazyEdit';
import { DetailPane } from './DetailPane';
import { listPlan } from './listPlan';
import { PendingDeletions } from './PendingDeletions';
import { RecordList } from './RecordList';
import { useRecordStack } from './useRecordStack';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  toolbar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * The "Records" tab: the synchronized object types of the installed package, each as a fast
 * searchable list; a record opens in a detail view laid out by the package form, with its
 * references and related records, and can be edited or deleted; "New" creates one. Changes are
 * saved locally and marked "Not yet synchronized" until a synchronization sends them;
 * `onChanged` tells the caller after each local save or delete (e.g. to refresh counts).
 */
export function RecordsView({ onChanged }: { readonly onChanged?: () => void } = {}) {
  const styles = useStyles();
  const { t } = useTranslator();
  const { database, pkg, loading, error } = useActiveDatabase();
  // Local saves bump this; with the data version (bumped by syncs) it tells views to read again.
  const [localSaves, bump] = useReducer((n: number) => n + 1, 0);
  const saved = () => {
    bump();
    onChanged?.();
  };
  const version = useDataVersion() + localSaves;
  const pending = usePendingChanges(database, version);
  const text = useDisplayText(pkg);
  const stack = useRecordStack();
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const pickerId = useId();
  // The editor's code comes once the list is up and the page idle (or on hover of New, Edit, Delete).
  usePreloadWhenIdle(EDIT_CHUNK, database !== null);
  const types = useMemo(
    // Association objects (an activity's contacts) are links, not records to browse on their own.
    () =>
      pkg
        ? pkg.syncedTypes
            .map((t) => findObject(pkg, t.typeId))
            .filter((o): o is ObjectType => o !== undefined && !o.isAssociation)
        : [],
    [pkg],
  );
  if (loading) return <Spinner size="small" label={t('records.data.opening')} />;
  if (error) return <Body1 role="alert">{t('records.data.openFailed', { details: error })}</Body1>;
  if (!database || !pkg || types.length === 0) return <Body1>{t('records.data.none')}</Body1>;
  const typeId = types.some((t) => t.typeId === chosen) ? (chosen as string) : types[0].typeId;
  const object = findObject(pkg, typeId);
  const plan = listPlan(pkg, database.layout, typeId);
  const label = text(object?.labelPlural ?? typeId);
  const atList = stack.current === null && !creating;
  return (
    <div className={styles.root}>
      {atList && (
        <div className={styles.toolbar}>
          <div className={styles.picker}>
            <label htmlFor={pickerId} className={styles.label}>
              {t('records.typePicker.label')}
            </label>
            <Select
              id={pickerId}
              value={typeId}
              onChange={(_, data) => {
                setChosen(data.value);
                stack.reset();
              }}
            >
              {types.map((t) => (
                <option key={t.typeId} value={t.typeId}>
                  {text(t.labelPlural)}
                </option>
              ))}
            </Select>
          </div>
          <Button
            appearance="primary"
            onPointerEnter={preloadRecordEditing}
            onFocus={preloadRecordEditing}
            onClick={() => setCreating(true)}
          >
            {t('records.new', { type: text(object?.label ?? typeId) })}
          </Button>
        </div>
      )}
      {creating && (
        <Suspense fallback={<Spinner size="small" label={t('records.loading')} />}>
          <RecordEditor
            db={database}
            pkg={pkg}
            typeId={typeId}
            recordId={null}
            onSaved={(ref) => {
              setCreating(false);
              saved();
              stack.open(ref);
            }}
            onCancel={() => setCreating(false)}
          />
        </Suspense>
      )}
      {/* The list stays mounted behind the detail so Back returns to the same search and scroll position. */}
      <div hidden={!atList}>
        {plan ? (
          <RecordList
            key={typeId}
            db={database}
            pkg={pkg}
            plan={plan}
            label={label}
            dataVersion={version}
            onOpen={stack.open}
            isPending={(id) => pending.of(typeId, id) !== undefined}
            shown={atList}
          />
        ) : (
          <Body1>{t('records.notStored', { label })}</Body1>
        )}
        <PendingDeletions pkg={pkg} typeId={typeId} deletions={pending.deletions} />
      </div>
      {!creating && (
        <DetailPane
          db={database}
          pkg={pkg}
          stack={stack}
          dataVersion={version}
          backLabel={t('records.backTo', { label })}
          pending={pending}
          onChanged={saved}
        />
      )}
    </div>
  );
}
