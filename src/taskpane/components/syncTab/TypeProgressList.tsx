import { Caption1, makeStyles, mergeClasses, ProgressBar, tokens } from '@fluentui/react-components';
import type { Translator } from '../../../i18n';
import type { TypeProgress } from '../../../sync';
import { useTranslator } from '../../language/TranslatorContext';
import { typeRate } from './typeRate';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    gap: tokens.spacingVerticalXXS,
    minHeight: '32px',
    minWidth: 0,
  },
  line: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  name: { overflowWrap: 'anywhere' },
  active: { fontWeight: tokens.fontWeightSemibold },
  numbers: { fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link TypeProgressList}. */
export interface TypeProgressListProps {
  readonly types: readonly TypeProgress[];
  readonly typeLabel: (typeId: string) => string;
}

/**
 * One compact row per object type of the running synchronization. The type being downloaded: its
 * records, a bar (moving, or filling where the server told the total), the rate and the time left
 * when known. A finished type: one line, its records and "Done".
 */
export function TypeProgressList({ types, typeLabel }: TypeProgressListProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  if (types.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={t('sync.types.label')}>
      {types.map((type) => {
        const label = typeLabel(type.typeId);
        const expected = type.recordsExpected !== null && type.recordsExpected > 0 ? type.recordsExpected : null;
        const records =
          expected !== null
            ? t('sync.types.recordsOf', { written: type.recordsWritten, expected })
            : t('sync.types.records', { count: type.recordsWritten });
        return (
          <li key={type.typeId} className={styles.row}>
            <div className={styles.line}>
              <Caption1 className={mergeClasses(styles.name, !type.finished && styles.active)}>{label}</Caption1>
              <Caption1 className={mergeClasses(styles.numbers, type.finished && styles.muted)}>
                {type.finished ? [records, ...detailParts(translator, type)].join(' · ') : records}
              </Caption1>
            </div>
            {!type.finished && (
              <>
                <ProgressBar
                  thickness="medium"
                  value={expected !== null ? Math.min(1, type.recordsWritten / expected) : undefined}
                  aria-label={t('sync.types.bar', { type: label })}
                />
                <Caption1 className={styles.muted}>
                  {detailParts(translator, type).join(' · ') || t('sync.types.downloading')}
                </Caption1>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** "340 records/s", "about 2 min left", "Done": only what the numbers say. */
function detailParts(translator: Translator, type: TypeProgress): string[] {
  const { recordsPerSecond, msLeft } = typeRate(type);
  const parts: string[] = [];
  if (recordsPerSecond !== null) parts.push(translator.t('sync.types.rate', { rate: Math.round(recordsPerSecond) }));
  if (msLeft !== null) {
    const seconds = Math.max(1, Math.round(msLeft / 1000));
    parts.push(translator.t('sync.types.timeLeft', { minutes: Math.floor(seconds / 60), seconds }));
  }
  if (type.finished) parts.push(translator.t('sync.types.done'));
  return parts;
}
