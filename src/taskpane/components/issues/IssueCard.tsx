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
import type { IssueResolution } from '../../../sync';
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
});

const KIND_BADGES: Readonly<Record<IssueForm, string>> = {
  failure: 'Not sent',
  fieldConflict: 'Conflict',
  deletedInSiebel: 'Deleted in Siebel',
  deletedHere: 'Changed in Siebel',
  duplicate: 'Possible duplicate',
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { issue } = entry;
  const form = issueForm(issue);
  const resolve = async (resolution: IssueResolution) => {
    setBusy(true);
    setError(null);
    try {
      await onResolve(resolution);
    } catch (e) {
      setError((e as Error)?.message ?? String(e));
    } finally {
      setBusy(false);
    }
  };
  const action = (label: string, resolution: IssueResolution, primary = false) => (
    <Button
      size="small"
      appearance={primary ? 'primary' : 'secondary'}
      disabled={busy}
      onClick={() => void resolve(resolution)}
    >
      {label}
    </Button>
  );
  return (
    <li className={mergeClasses(card.card, styles.card)} aria-label={entry.name}>
      <div className={card.top}>
        <Badge appearance="tint" color={form === 'failure' ? 'danger' : 'warning'} size="small">
          {KIND_BADGES[form]}
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
        {form === 'failure' && action('Retry', { action: 'retry' }, true)}
        {form === 'deletedInSiebel' && action('Create it again', { action: 'recreate' }, true)}
        {form === 'deletedInSiebel' && action('Accept the deletion', { action: 'discard' })}
        {form === 'deletedHere' && action('Delete anyway', { action: 'retry' }, true)}
        {form === 'deletedHere' && action("Keep Siebel's record", { action: 'discard' })}
        {form === 'duplicate' && action('Create anyway', { action: 'createAnyway' })}
        {(form === 'failure' || form === 'fieldConflict') && action('Discard my change', { action: 'discard' })}
      </div>
      {error && <Body1 role="alert">This issue could not be resolved: {error}</Body1>}
    </li>
  );
}
