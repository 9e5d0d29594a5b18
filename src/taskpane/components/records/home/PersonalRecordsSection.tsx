import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CustomizationPackage } from '../../../../metadata';
import { useTranslator } from '../../../language/TranslatorContext';
import { FailureNote } from '../FailureNote';
import type { RecordRef } from '../RecordRef';
import { CompactRecordRow } from './CompactRecordRow';
import { moveAmongRows } from './moveAmongRows';
import type { PersonalEntry, PersonalRecordsState } from './usePersonalRecords';
import { useRecordTitle } from './useRecordTitle';
import { rowKeyOf } from './useReturnToRow';

/** Rows of each list shown before "Show all": the home must leave room for the type list at 600 px. */
export const FIRST_ROWS = 3;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  more: { alignSelf: 'flex-start' },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Favourites, then recently opened records (not repeating favourites): the first thing on Records. */
export function PersonalRecordsSection({
  pkg,
  personal,
  onOpen,
}: {
  readonly pkg: CustomizationPackage;
  readonly personal: PersonalRecordsState;
  readonly onOpen: (ref: RecordRef) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslator();
  if (personal.error) return <FailureNote size="caption" lead={t('search.home.readFailed')} error={personal.error} />;
  if (personal.loading) return null;
  const recent = personal.recent.filter((r) => !personal.isFavourite(r));
  if (personal.favourites.length === 0 && recent.length === 0)
    return <Caption1 className={styles.hint}>{t('search.home.hint')}</Caption1>;
  return (
    <div className={styles.root} onKeyDown={(e) => moveAmongRows(e)}>
      <PersonalList
        id="home-favourites"
        title={t('search.home.favourites')}
        entries={personal.favourites}
        favourite
        pkg={pkg}
        onOpen={onOpen}
      />
      <PersonalList id="home-recent" title={t('search.home.recent')} entries={recent} pkg={pkg} onOpen={onOpen} />
    </div>
  );
}

function PersonalList({
  id,
  title,
  entries,
  favourite = false,
  pkg,
  onOpen,
}: {
  readonly id: string;
  readonly title: string;
  readonly entries: readonly PersonalEntry[];
  readonly favourite?: boolean;
  readonly pkg: CustomizationPackage;
  readonly onOpen: (ref: RecordRef) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslator();
  const titleOf = useRecordTitle(pkg);
  const [all, setAll] = useState(false);
  if (entries.length === 0) return null;
  const shown = all ? entries : entries.slice(0, FIRST_ROWS);
  return (
    <section aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby={id}>
        {shown.map((entry) => {
          const { name, type } = titleOf(entry.typeId, entry.id, entry.record);
          return (
            <li key={`${entry.typeId}:${entry.id}`}>
              <CompactRecordRow
                rowKey={rowKeyOf(entry)}
                name={name}
                detail={type}
                favourite={favourite}
                favouriteLabel={t('search.results.favourite')}
                onOpen={() => onOpen({ typeId: entry.typeId, id: entry.id })}
              />
            </li>
          );
        })}
      </ul>
      {entries.length > FIRST_ROWS && (
        <Button className={styles.more} appearance="transparent" onClick={() => setAll(!all)}>
          {all ? t('search.home.showFewer') : t('search.home.showAll', { count: entries.length })}
        </Button>
      )}
    </section>
  );
}
