import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { findObject, searchableFields, type CustomizationPackage } from '../../../../metadata';
import type { EverythingGroup } from '../../../../store';
import type { Translator } from '../../../../i18n';
import { useDisplayText } from '../../../hooks/useDisplayText';
import { useTranslator } from '../../../language/TranslatorContext';
import { FailureNote } from '../FailureNote';
import type { RecordRef } from '../RecordRef';
import { CompactRecordRow } from './CompactRecordRow';
import { moveAmongRows } from './moveAmongRows';
import type { EverythingSearch } from './useEverythingSearch';
import { useRecordTitle } from './useRecordTitle';
import { rowKeyOf } from './useReturnToRow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  status: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  more: { alignSelf: 'flex-start' },
});

/** Props of {@link EverythingResults}. */
export interface EverythingResultsProps {
  readonly search: EverythingSearch;
  readonly pkg: CustomizationPackage;
  readonly isFavourite: (ref: RecordRef) => boolean;
  readonly onOpen: (ref: RecordRef) => void;
  readonly onClear: () => void;
  readonly onMore: (typeId: string) => void;
  /** Where the Up key goes from the first result. */
  readonly searchBox: HTMLElement | null;
}

/**
 * The search's answer, grouped by type with the best group first, and a polite live region with
 * the count (announced when the answer changes, not at every key).
 */
export function EverythingResults({
  search,
  pkg,
  isFavourite,
  onOpen,
  onClear,
  onMore,
  searchBox,
}: EverythingResultsProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const groups = search.result?.groups ?? [];
  return (
    <section className={styles.root} aria-label={t('search.results.label')}>
      <Caption1 className={styles.status} role="status">
        {search.error ? '' : statusText(translator, search)}
      </Caption1>
      {search.error !== null && (
        <FailureNote size="caption" lead={t('search.results.readFailed')} error={search.error} />
      )}
      {search.result && groups.length === 0 && (
        <div className={styles.empty}>
          <Caption1 className={styles.status}>{t('search.results.noneHint')}</Caption1>
          <Button onClick={onClear}>{t('search.results.clear')}</Button>
        </div>
      )}
      <div className={styles.root} onKeyDown={(e) => moveAmongRows(e, searchBox)}>
        {groups.map((group) => (
          <ResultGroup
            key={group.typeId}
            group={group}
            pkg={pkg}
            isFavourite={isFavourite}
            onOpen={onOpen}
            onMore={onMore}
          />
        ))}
      </div>
    </section>
  );
}

function ResultGroup({
  group,
  pkg,
  isFavourite,
  onOpen,
  onMore,
}: {
  readonly group: EverythingGroup;
  readonly pkg: CustomizationPackage;
  readonly isFavourite: (ref: RecordRef) => boolean;
  readonly onOpen: (ref: RecordRef) => void;
  readonly onMore: (typeId: string) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslator();
  const text = useDisplayText(pkg);
  const titleOf = useRecordTitle(pkg);
  const object = findObject(pkg, group.typeId);
  const label = text(object?.labelPlural ?? group.typeId);
  const id = `search-group-${group.typeId.replace(/\W+/g, '_')}`;
  const detailFields = object ? searchableFields(object).map((f) => f.ioElemName) : [];
  return (
    <section aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {t(group.capped ? 'search.results.groupMore' : 'search.results.group', { label, count: group.total })}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby={id}>
        {group.hits.map((hit) => {
          const { name } = titleOf(hit.typeId, hit.id, hit.record);
          const ref = { typeId: hit.typeId, id: hit.id };
          return (
            <li key={hit.id}>
              <CompactRecordRow
                rowKey={rowKeyOf(ref)}
                name={name}
                detail={secondLine(hit.record, detailFields, name)}
                favourite={isFavourite(ref)}
                favouriteLabel={t('search.results.favourite')}
                onOpen={() => onOpen(ref)}
              />
            </li>
          );
        })}
      </ul>
      {group.total > group.hits.length && (
        <Button className={styles.more} appearance="transparent" onClick={() => onMore(group.typeId)}>
          {t('search.results.showMore', { label })}
        </Button>
      )}
    </section>
  );
}

/** Up to two filled searchable values the name does not already show (where the match may be). */
function secondLine(record: Readonly<Record<string, unknown>>, fields: readonly string[], name: string): string {
  return fields
    .map((f) => record[f])
    .filter((v): v is string => typeof v === 'string' && v !== '' && !name.includes(v))
    .slice(0, 2)
    .join(' · ');
}

function statusText(translator: Translator, search: EverythingSearch): string {
  const { t } = translator;
  if (!search.result) return search.searching ? t('search.results.searching') : '';
  const groups = search.result.groups;
  const count = groups.reduce((n, g) => n + g.total, 0);
  if (groups.length === 0) return t('search.results.none', { text: search.text });
  const key = groups.some((g) => g.capped) ? 'search.results.summaryMore' : 'search.results.summary';
  return t(key, { count, groups: groups.length });
}
