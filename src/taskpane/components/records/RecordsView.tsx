import { Body1, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { findObject } from '../../../metadata';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useDataVersion } from '../../hooks/useSync';
import { DetailPane } from './DetailPane';
import { listPlan } from './listPlan';
import { RecordList } from './RecordList';
import { useRecordStack } from './useRecordStack';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * The "Records" tab: the synchronized object types of the installed package, each as a fast
 * searchable list; a record opens in a detail view laid out by the package form, with its
 * references and related records. Reads the active database through the task pane hooks.
 */
export function RecordsView() {
  const styles = useStyles();
  const { database, pkg, loading, error } = useActiveDatabase();
  const dataVersion = useDataVersion();
  const text = useDisplayText(pkg);
  const stack = useRecordStack();
  const [chosen, setChosen] = useState<string | null>(null);
  const pickerId = useId();
  const types = useMemo(
    () => (pkg ? pkg.syncedTypes.map((t) => findObject(pkg, t.typeId)).filter((o) => o !== undefined) : []),
    [pkg],
  );
  if (loading) return <Spinner size="small" label="Opening your CRM data" />;
  if (error) return <Body1 role="alert">Your local CRM data could not be opened: {error}</Body1>;
  if (!database || !pkg || types.length === 0) {
    return <Body1>No CRM data yet. Run the first synchronization on the Sync tab, then your accounts, contacts and more appear here.</Body1>;
  }
  const typeId = types.some((t) => t.typeId === chosen) ? (chosen as string) : types[0].typeId;
  const plan = listPlan(pkg, database.layout, typeId);
  const label = text(findObject(pkg, typeId)?.labelPlural ?? typeId);
  return (
    <div className={styles.root}>
      {stack.current === null && (
      <div className={styles.picker}>
        <label htmlFor={pickerId} className={styles.label}>
          Show
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
      )}
      {/* The list stays mounted behind the detail so Back returns to the same search and scroll position. */}
      <div hidden={stack.current !== null}>
        {plan ? (
          <RecordList key={typeId} db={database} pkg={pkg} plan={plan} label={label} dataVersion={dataVersion} onOpen={stack.open} />
        ) : (
          <Body1>{label} are not stored locally.</Body1>
        )}
      </div>
      <DetailPane db={database} pkg={pkg} stack={stack} dataVersion={dataVersion} backLabel={`Back to ${label}`} />
    </div>
  );
}
