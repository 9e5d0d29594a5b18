import { Body1, Button, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useId, useMemo, useReducer, useRef, useState } from 'react';
import { findObject, type CustomizationPackage, type ObjectType } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useAppContext } from '../../AppContext';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useDisplayText } from '../../hooks/useDisplayText';
import { usePendingChanges } from '../../hooks/usePendingChanges';
import { usePreloadWhenIdle } from '../../hooks/usePreloadWhenIdle';
import { useDataVersion } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import { EDIT_CHUNK, preloadRecordEditing, RecordEditor } from '../edit/lazyEdit';
import { DetailPane } from './DetailPane';
import { EverythingResults } from './home/EverythingResults';
import { EverythingSearchBox } from './home/EverythingSearchBox';
import { FavouriteToggle } from './home/FavouriteToggle';
import { NoDataYet } from './home/NoDataYet';
import { PersonalRecordsSection } from './home/PersonalRecordsSection';
import { SkeletonRows } from './home/SkeletonRows';
import { useEverythingSearch } from './home/useEverythingSearch';
import { usePersonalRecords } from './home/usePersonalRecords';
import { useReturnToRow } from './home/useReturnToRow';
import { listPlan } from './listPlan';
import { PendingDeletions } from './PendingDeletions';
import { RecordList } from './RecordList';
import type { RecordRef } from './RecordRef';
import { useRecordStack } from './useRecordStack';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  toolbar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  recordBar: { display: 'flex', justifyContent: 'flex-end', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * The "Records" tab. Its home, made for the seconds between two e-mails: one search box for every
 * type, the rep's favourites and recently opened records, then the synchronized types, each a fast
 * searchable list. A record opens in a detail view laid out by the package form, with its
 * references and related records, and can be pinned, edited or deleted; "New" creates one. Changes
 * are saved locally and marked "Not yet synchronized" until a synchronization sends them;
 * `onChanged` tells the caller after each local save or delete (e.g. to refresh counts).
 */
export function RecordsView({ onChanged }: { readonly onChanged?: () => void } = {}) {
  const { t } = useTranslator();
  const { database, pkg, loading, error } = useActiveDatabase();
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
  if (loading) return <SkeletonRows label={t('search.loading')} />;
  if (error) return <Body1 role="alert">{t('records.data.openFailed', { details: error })}</Body1>;
  if (!database || !pkg) return <NoDataYet />;
  if (types.length === 0) return <Body1>{t('records.data.none')}</Body1>;
  return <RecordsHome database={database} pkg={pkg} types={types} onChanged={onChanged} />;
}

function RecordsHome({
  database,
  pkg,
  types,
  onChanged,
}: {
  readonly database: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly types: readonly ObjectType[];
  readonly onChanged?: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslator();
  const { services } = useAppContext();
  // Local saves bump this; with the data version (bumped by syncs) it tells views to read again.
  const [localSaves, bump] = useReducer((n: number) => n + 1, 0);
  const saved = () => {
    bump();
    onChanged?.();
  };
  const version = useDataVersion() + localSaves;
  const pending = usePendingChanges(database, version);
  const personal = usePersonalRecords(services.store, database, version);
  const text = useDisplayText(pkg);
  const stack = useRecordStack();
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [query, setQuery] = useState('');
  const [more, setMore] = useState<readonly string[]>([]);
  // Where Back leads: the type's list, or the home (the search results, or recent and favourites).
  const [openedFromHome, setOpenedFromHome] = useState(false);
  const search = useEverythingSearch(database, query, personal.boosts, more, version);
  const pickerId = useId();
  const searchBox = useRef<HTMLInputElement>(null);
  const [home, setHome] = useState<HTMLDivElement | null>(null);
  const current = stack.current;
  const { noteOpened } = personal;
  useEffect(() => {
    if (current) noteOpened(current);
  }, [current, noteOpened]);

  const typeId = types.some((t) => t.typeId === chosen) ? (chosen as string) : types[0].typeId;
  const object = findObject(pkg, typeId);
  const plan = listPlan(pkg, database.layout, typeId);
  const label = text(object?.labelPlural ?? typeId);
  const atList = current === null && !creating;
  const searching = query.trim() !== '';
  const returnToRow = useReturnToRow(home, atList, searchBox.current);
  const openFromHome = (ref: RecordRef) => {
    returnToRow.remember(ref);
    setOpenedFromHome(true);
    stack.open(ref);
  };
  const openFromList = (ref: RecordRef) => {
    setOpenedFromHome(false);
    stack.open(ref);
  };
  const backTo = !openedFromHome ? label : searching ? t('search.results.label') : t('app.tab.records');
  const changeQuery = (value: string) => {
    setQuery(value);
    setMore([]);
  };
  return (
    <div className={styles.root}>
      {/* No class on the hidden element: a class's `display` would override `hidden`. */}
      <div ref={setHome} hidden={!atList}>
        <div className={styles.root}>
          <EverythingSearchBox value={query} onChange={changeQuery} inputRef={searchBox} results={home} />
          {searching ? (
            <EverythingResults
              search={search}
              pkg={pkg}
              isFavourite={personal.isFavourite}
              onOpen={openFromHome}
              onClear={() => {
                changeQuery('');
                searchBox.current?.focus();
              }}
              onMore={(id) => setMore((m) => [...m, id])}
              searchBox={searchBox.current}
            />
          ) : (
            <PersonalRecordsSection pkg={pkg} personal={personal} onOpen={openFromHome} />
          )}
        </div>
      </div>
      {atList && !searching && (
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
      <div hidden={!atList || searching}>
        {plan ? (
          <RecordList
            key={typeId}
            db={database}
            pkg={pkg}
            plan={plan}
            label={label}
            dataVersion={version}
            onOpen={openFromList}
            isPending={(id) => pending.of(typeId, id) !== undefined}
            shown={atList && !searching}
            onSearchEverywhere={(value) => {
              changeQuery(value);
              searchBox.current?.focus();
            }}
          />
        ) : (
          <Body1>{t('records.notStored', { label })}</Body1>
        )}
        <PendingDeletions pkg={pkg} typeId={typeId} deletions={pending.deletions} />
      </div>
      {current && !creating && (
        <div className={styles.recordBar}>
          <FavouriteToggle
            favourite={personal.isFavourite(current)}
            onChange={(favourite) => personal.setFavourite(current, favourite)}
          />
        </div>
      )}
      {!creating && (
        <DetailPane
          db={database}
          pkg={pkg}
          stack={stack}
          dataVersion={version}
          backLabel={t('records.backTo', { label: backTo })}
          pending={pending}
          onChanged={saved}
        />
      )}
    </div>
  );
}
