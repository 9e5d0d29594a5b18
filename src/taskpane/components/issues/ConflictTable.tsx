import { Button, Caption1, makeStyles, mergeClasses, Radio, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FieldDefinition } from '../../../metadata';
import type { FieldConflict, FieldValue } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { formatFieldValue } from '../records/formatFieldValue';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    // Break inside a word only when it cannot fit at all (long e-mail addresses, URLs).
    overflowWrap: 'break-word',
  },
  fieldColumn: { width: '30%' },
  valueColumn: { width: '35%' },
  head: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  footer: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalS,
  },
});

/** Props of {@link ConflictTable}. */
export interface ConflictTableProps {
  readonly issueId: string;
  readonly conflicts: readonly FieldConflict[];
  readonly fields: ReadonlyMap<string, FieldDefinition>;
  /** Turns a raw label (`#key`) into text. */
  readonly text: (raw: string) => string;
  readonly locale: string;
  readonly busy: boolean;
  readonly onApply: (choices: Readonly<Record<string, 'local' | 'server'>>) => void;
}

type Side = 'local' | 'server';

/**
 * A row per field changed on both sides: the field, my value, Siebel's value, and a choice per
 * row. Nothing is chosen in advance (nothing is silently overwritten): Apply waits for every row.
 */
export function ConflictTable({ issueId, conflicts, fields, text, locale, busy, onApply }: ConflictTableProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const [choices, setChoices] = useState<Readonly<Record<string, Side>>>({});
  const left = conflicts.filter((c) => !choices[c.field]).length;
  const show = (conflict: FieldConflict, value: FieldValue) => {
    const definition = fields.get(conflict.field);
    return formatFieldValue(value, definition?.dataType ?? 'DTYPE_TEXT', locale) || t('issues.conflict.empty');
  };
  return (
    <div>
      <table className={styles.table} aria-label={t('issues.conflict.label')}>
        <colgroup>
          <col className={styles.fieldColumn} />
          <col className={styles.valueColumn} />
          <col className={styles.valueColumn} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {t('issues.conflict.field')}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {t('issues.conflict.mine')}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {t('issues.conflict.siebel')}
            </th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => {
            const label = text(fields.get(conflict.field)?.label ?? conflict.field);
            const radio = (side: Side, value: FieldValue) => (
              <Radio
                name={`${issueId}:${conflict.field}`}
                value={side}
                checked={choices[conflict.field] === side}
                disabled={busy}
                onChange={() => setChoices((current) => ({ ...current, [conflict.field]: side }))}
                label={show(conflict, value)}
                // The task pane is narrow: the value under its radio button gets the whole column.
                labelPosition="below"
                aria-label={t('issues.conflict.choice', { side, field: label, value: show(conflict, value) })}
              />
            );
            return (
              <tr key={conflict.field}>
                <th scope="row" className={styles.cell}>
                  {label}
                </th>
                <td className={styles.cell}>{radio('local', conflict.local)}</td>
                <td className={styles.cell}>{radio('server', conflict.server)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.footer}>
        <Button appearance="primary" disabled={busy || left > 0} onClick={() => onApply(choices)}>
          {t('issues.conflict.apply')}
        </Button>
        {left > 0 && <Caption1>{t('issues.conflict.left', { count: left })}</Caption1>}
      </div>
    </div>
  );
}
