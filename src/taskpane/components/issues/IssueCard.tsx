import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { StoredRecord } from '../../../store';
import { describeError } from '../../../i18n';
import type { ErrorDescription, MessageId } from '../../../i18n';
import { isAddinError } from '../../../shared';
import type { IssueResolution } from '../../../sync';
import { useTranslator } from '../../language/TranslatorContext';
import { useCardStyles } from '../useCardStyles';
import { ConflictTable } from './ConflictTable';
import { DuplicateMatches } from './DuplicateMatches';
import { issueForm, type IssueForm } from './issueActions';
import type { IssueEntry } from './loadIssueEntries';

const useStyles = makeStyles({
  // An issue card holds a table and actions: a little more air between its parts.
  card: { gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  whatToDo: { display: 'block' },
});

/** Why a resolution failed: the error's message, and what to do when its code has advice of its own. */
interface ResolveFailure {
  readonly description: ErrorDescription;
  readonly specific: boolean;
}

const KIND_BADGES: Readonly<Record<IssueForm, MessageId>> = {
  failure: 'issues.kind.failure',
  fieldConflict: 'issues.kind.fieldConflict',
  deletedInSiebel: 'issues.kind.deletedInSiebel',
  deletedHere: 'issues.kind.deletedHere',
  duplicate: 'issues.kind.duplicate',
};

/** Props of {@link IssueCard}. */
export interface IssueCardProps {
  readonly entry: IssueEntry;
  readonly text: (raw: string) => string;
  readonly locale: string;
  readonly nameOf: (record: StoredRecord) => string;
  /** Resolves the issue; the card shows a rejection and stays. */
  readonly onResolve: (resolution: IssueResolution) => Promise<void>;
}

/** One synchronization issue: the record, what happened, and the actions its kind offers. */
export function IssueCard({ entry, text, locale, nameOf, onResolve }: IssueCardProps) {
  const styles = useStyles();
  const card = useCardStyles();
  const translator = useTranslator();
  const { t } = translator;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolveFailure | null>(null);
  const { issue } = entry;
  const form = issueForm(issue);
  const resolve = async (resolution: IssueResolution) => {
    setBusy(true);
    setError(null);
    try {
      await onResolve(resolution);
    } catch (e) {
      const specific = isAddinError(e) && translator.has(`error.${e.code}.whatToDo`);
      setError({ description: describeError(translator, e), specific });
    } finally {
      setBusy(false);
    }
  };
  const action = (label: MessageId, resolution: IssueResolution, primary = false) => (
    <Button
      size="small"
      appearance={primary ? 'primary' : 'secondary'}
      disabled={busy}
      onClick={() => void resolve(resolution)}
    >
      {t(label)}
    </Button>
  );
  return (
    <li className={mergeClasses(card.card, styles.card)} aria-label={entry.name}>
      <div className={card.top}>
        <Badge appearance="tint" color={form === 'failure' ? 'danger' : 'warning'} size="small">
          {t(KIND_BADGES[form])}
        </Badge>
        <Caption1 className={styles.muted}>{text(entry.typeLabel)}</Caption1>
      </div>
      <Subtitle2 as="h3" className={styles.title}>
        {entry.name}
      </Subtitle2>
      <Body1>{issue.message}</Body1>
      {form === 'fieldConflict' && (
        <ConflictTable
          issueId={issue.id}
          conflicts={issue.fields ?? []}
          fields={entry.fields}
          text={text}
          locale={locale}
          busy={busy}
          onApply={(choices) => void resolve({ action: 'merge', choices })}
        />
      )}
      {form === 'duplicate' && (
        <DuplicateMatches
          matches={issue.matches ?? []}
          primaryKey={entry.primaryKey}
          nameOf={nameOf}
          busy={busy}
          onUse={(targetId) => void resolve({ action: 'link', targetId })}
        />
      )}
      <div className={styles.actions}>
        {form === 'failure' && action('issues.action.retry', { action: 'retry' }, true)}
        {form === 'deletedInSiebel' && action('issues.action.recreate', { action: 'recreate' }, true)}
        {form === 'deletedInSiebel' && action('issues.action.acceptDeletion', { action: 'discard' })}
        {form === 'deletedHere' && action('issues.action.deleteAnyway', { action: 'retry' }, true)}
        {form === 'deletedHere' && action('issues.action.keepSiebel', { action: 'discard' })}
        {form === 'duplicate' && action('issues.action.createAnyway', { action: 'createAnyway' })}
        {(form === 'failure' || form === 'fieldConflict') && action('issues.action.discard', { action: 'discard' })}
      </div>
      {error && (
        <Body1 role="alert">
          {t('issues.resolveFailed', { error: error.description.details })}
          {error.specific && <span className={styles.whatToDo}>{error.description.whatToDo}</span>}
        </Body1>
      )}
    </li>
  );
}
