import { Button, Caption1, makeStyles, SearchBox, Spinner, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { Translator } from '../../../i18n';
import type { DataDatabase, StoredRecord } from '../../../store';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useTranslator } from '../../language/TranslatorContext';
import { FailureNote } from './FailureNote';
import { SkeletonRows } from './home/SkeletonRows';
import { labelInSentence } from '../../../i18n';
import type { ListPlan } from './listPlan';
import { PlaceholderRow, RecordRow } from './RecordRow';
import type { RecordRef } from './RecordRef';
import { useDebouncedValue } from './useDebouncedValue';
import { usePagedRecords } from './usePagedRecords';
import { useRecordSource } from './useRecordSource';

/** Height of one row in px; fixed, so a 100,000-row list needs no measuring. */
export const ROW_HEIGHT = 52;
/**
 * Keystrokes closer together than this are searched once (a paste, a fast burst). A search takes
 * ~15 ms on 100,000 records and stale answers are dropped, so a person's typing (100 ms or more
 * between keys) searches at every key, the first one without any wait.
 */
export const SEARCH_DEBOUNCE_MS = 30;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: 0, flexGrow: 1 },
  scroller: {
    height: '60vh',
    minHeight: '240px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  status: { color: tokens.colorNeutralForeground3 },
  widen: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Props of {@link RecordList}. */
export interface RecordListProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly plan: ListPlan;
  /** Plural label of the type, e.g. "Accounts" (already resolved). */
  readonly label: string;
  /** Bumped when the data changed (a sync finished), to reload the visible window. */
  readonly dataVersion: number;
  readonly onOpen: (ref: RecordRef) => void;
  /** Whether a record of this type has a local change not yet sent (shown as a badge). */
  readonly isPending?: (id: string) => boolean;
  /** Whether the list shows (it stays mounted, hidden, behind a record's detail). */
  readonly shown?: boolean;
  /** Offered when the list's search finds nothing: the same text in every type. */
  readonly onSearchEverywhere?: (text: string) => void;
}

/** A searchable, virtualized list of one object type, loading only the pages in view. */
export function RecordList({
  db,
  pkg,
  plan,
  label,
  dataVersion,
  onOpen,
  isPending,
  shown = true,
  onSearchEverywhere,
}: RecordListProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const text = useDisplayText(pkg);
  const typeId = plan.object.typeId;
  const [query, setQuery] = useState('');
  const searchText = useDebouncedValue(query, SEARCH_DEBOUNCE_MS, { leading: true });
  const records = usePagedRecords(useRecordSource(db, typeId, plan, searchText, dataVersion));
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: records.rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => records.ensureRange(first, last), [first, last, records]);
  useEffect(() => virtualizer.scrollToOffset(0), [searchText, typeId, virtualizer]);

  // Why: Back (or Escape) from a record removes the control that had the focus, and the focus fell
  // back to the page's body. It returns to the row that was opened, as a list of links would leave
  // it (or to the search box if that row is gone), so a keyboard user goes on from where they were.
  const opened = useRef<number | null>(null);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const index = opened.current;
    if (!shown || index === null) return;
    opened.current = null;
    if (index < records.rowCount) virtualizer.scrollToIndex(index);
    // The hidden list rendered no rows: they come back a frame or two after it shows.
    let frame = 0;
    const focusRow = (tries: number) => {
      const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
      if (row) row.focus();
      else if (tries > 0) frame = requestAnimationFrame(() => focusRow(tries - 1));
      else search.current?.focus();
    };
    frame = requestAnimationFrame(() => focusRow(10));
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the list showing again moves the focus
  }, [shown]);
  const open = (record: StoredRecord, index: number) => {
    opened.current = index;
    onOpen({ typeId, id: String(record[plan.object.primaryKey]) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) =>
    moveFocus(event, records.rowCount, virtualizer.scrollToIndex, scroller.current);

  return (
    <section className={styles.root} aria-label={label}>
      <SearchBox
        input={{ ref: search }}
        placeholder={t('records.list.search', { label: labelInSentence(translator, label) })}
        aria-label={t('records.list.search', { label })}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      {records.error ? (
        <FailureNote
          size="caption"
          lead={t('records.list.readFailed', { label: labelInSentence(translator, label) })}
          error={records.error}
        />
      ) : (
        <Caption1 className={styles.status} role="status">
          {statusText(translator, records.loading, records.rowCount, searchText.trim(), {
            plural: label,
            singular: text(plan.object.label),
          })}
        </Caption1>
      )}
      {!records.loading && records.rowCount === 0 && searchText.trim() !== '' && (
        <div className={styles.widen}>
          <Button
            onClick={() => {
              setQuery('');
              search.current?.focus();
            }}
          >
            {t('search.list.clear')}
          </Button>
          {onSearchEverywhere && (
            <Button onClick={() => onSearchEverywhere(searchText.trim())}>{t('search.list.everywhere')}</Button>
          )}
        </div>
      )}
      <div ref={scroller} className={styles.scroller} onKeyDown={onKeyDown}>
        {records.loading && records.rowCount <= 1 && <SkeletonRows label={t('records.list.loading')} />}
        <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const record = records.row(item.index);
            const style = {
              position: 'absolute' as const,
              top: 0,
              left: 0,
              width: '100%',
              height: item.size,
              transform: `translateY(${item.start}px)`,
            };
            return record ? (
              <RecordRow
                key={item.key}
                index={item.index}
                style={style}
                name={formatRecordName(pkg, typeId, record) || String(record[plan.object.primaryKey])}
                detail={plan.detailFields
                  .map((f) => record[f])
                  .filter((v) => v !== null && v !== undefined && v !== '')
                  .join(' · ')}
                pending={isPending?.(String(record[plan.object.primaryKey])) ?? false}
                onOpen={() => open(record, item.index)}
              />
            ) : (
              <PlaceholderRow key={item.key} style={style} label={t('records.loading')} />
            );
          })}
        </div>
      </div>
      {records.loading && records.rowCount > 1 && <Spinner size="tiny" label={t('records.list.loading')} />}
    </section>
  );
}

function statusText(
  translator: Translator,
  loading: boolean,
  rows: number,
  search: string,
  labels: { readonly plural: string; readonly singular: string },
): string {
  const { t } = translator;
  const plural = labelInSentence(translator, labels.plural);
  if (loading) return '';
  if (search !== '')
    return rows === 0 ? t('records.list.noMatches', { label: plural, search }) : t('records.list.matches', { search });
  if (rows === 0) return t('records.list.empty', { label: plural });
  return t('records.list.count', { count: rows, plural, singular: labelInSentence(translator, labels.singular) });
}

// Arrow keys walk the rows even when the next one is not rendered yet: scroll it in, then focus it.
function moveFocus(
  event: KeyboardEvent<HTMLDivElement>,
  rowCount: number,
  scrollToIndex: (i: number) => void,
  scroller: HTMLElement | null,
): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const current = Number((event.target as HTMLElement).dataset?.index);
  if (Number.isNaN(current)) return;
  event.preventDefault();
  const next = Math.min(rowCount - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
  scrollToIndex(next);
  requestAnimationFrame(() => scroller?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
}
