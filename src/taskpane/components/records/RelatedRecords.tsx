import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useDisplayText } from '../../hooks/useDisplayText';
import { useTranslator } from '../../language/TranslatorContext';
import { FailureNote } from './FailureNote';
import { labelInSentence } from '../../../i18n';
import { RecordLink } from './RecordLink';
import type { RecordRef } from './RecordRef';
import { relatedLists, type RelatedList } from './relatedLists';
import { useAsync } from './useAsync';

/** Related records shown per list; an account with thousands of activities shows the first ones. */
export const RELATED_LIMIT = 100;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { overflowWrap: 'anywhere' },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link RelatedRecords}. */
export interface RelatedRecordsProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly target: RecordRef;
  readonly dataVersion: number;
  readonly onOpen: (ref: RecordRef) => void;
}

/** The records of other types that point at this one (an account's contacts, opportunities, activities). */
export function RelatedRecords({ db, pkg, target, dataVersion, onOpen }: RelatedRecordsProps) {
  const lists = useMemo(() => relatedLists(pkg, target.typeId), [pkg, target.typeId]);
  const several = (typeId: string) => lists.filter((l) => l.object.typeId === typeId).length > 1;
  return (
    <>
      {lists.map((list) => (
        <RelatedSection
          key={`${list.object.typeId}.${list.field.ioElemName}`}
          db={db}
          pkg={pkg}
          list={list}
          qualify={several(list.object.typeId)}
          target={target}
          dataVersion={dataVersion}
          onOpen={onOpen}
        />
      ))}
    </>
  );
}

interface RelatedSectionProps extends RelatedRecordsProps {
  readonly list: RelatedList;
  /** The type points here through several fields: say which one. */
  readonly qualify: boolean;
}

function RelatedSection({ db, pkg, list, qualify, target, dataVersion, onOpen }: RelatedSectionProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const text = useDisplayText(pkg);
  const typeId = list.object.typeId;
  const state = useAsync(async () => {
    const records = await db.whereEquals(typeId, list.field.ioElemName, target.id);
    const named = records.map((r) => ({
      id: String(r[list.object.primaryKey]),
      name: formatRecordName(pkg, typeId, r),
    }));
    return named.sort((a, b) => a.name.localeCompare(b.name));
  }, [db, pkg, typeId, list.field.ioElemName, target.id, dataVersion]);
  const plural = text(list.object.labelPlural);
  const title = qualify ? t('records.related.qualified', { label: plural, field: text(list.field.label) }) : plural;
  const headingId = `related-${typeId}-${list.field.ioElemName}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.title}>
        {state.status === 'done' ? t('records.related.heading', { list: title, count: state.value.length }) : title}
      </Subtitle2>
      {state.status === 'loading' && <Caption1 className={styles.muted}>{t('records.loading')}</Caption1>}
      {state.status === 'failed' && (
        <FailureNote
          size="caption"
          lead={t('records.related.readFailed', { list: labelInSentence(translator, title) })}
          error={state.error}
        />
      )}
      {state.status === 'done' && state.value.length === 0 && (
        <Caption1 className={styles.muted}>{t('records.related.none')}</Caption1>
      )}
      {state.status === 'done' && state.value.length > 0 && (
        <ul className={styles.list} aria-labelledby={headingId}>
          {state.value.slice(0, RELATED_LIMIT).map((r) => (
            <li key={r.id} className={styles.item}>
              <RecordLink target={{ typeId, id: r.id }} name={r.name || r.id} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
      {state.status === 'done' && state.value.length > RELATED_LIMIT && (
        <Caption1 className={styles.muted}>
          {t('records.related.more', {
            count: state.value.length - RELATED_LIMIT,
            label: labelInSentence(translator, plural),
          })}
        </Caption1>
      )}
    </section>
  );
}
