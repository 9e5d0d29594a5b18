import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useMemo } from 'react';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { RecordEditor } from '../edit/lazyEdit';
import type { RecordRef } from '../records/RecordRef';
import { useAsync } from '../records/useAsync';
import { contactFields } from './contactFields';
import { contactPrefill } from './contactPrefill';
import type { PersonType } from './emailPlan';
import type { ItemAddress } from './mailAddresses';
import { domainOfAddress } from './mailDomain';
import { isPublicMailDomain } from './publicMailDomains';
import { suggestAccount, type AccountSuggestion } from './suggestAccount';

const useStyles = makeStyles({
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  field: { height: '32px' },
  heading: { width: '60%', height: '24px' },
});

/** Props of {@link AddContactPanel}. */
export interface AddContactPanelProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  /** The person type new contacts are made of (see `emailPlan`). */
  readonly person: PersonType;
  readonly address: ItemAddress;
  /** After the local save, with the new record (its local id until the next synchronization). */
  readonly onSaved: (ref: RecordRef) => void;
  readonly onCancel: () => void;
}

/**
 * "Add as contact": the package's contact form, prefilled from the e-mail (name split into first
 * and last name, the address, the account suggested from the address's domain, which the user can
 * change or clear). Saving stores the contact locally as a pending change, like any new record; the
 * next synchronization sends it, with the usual check for duplicates.
 */
export function AddContactPanel({ db, pkg, person, address, onSaved, onCancel }: AddContactPanelProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const fields = useMemo(() => contactFields(person), [person]);
  const suggestion = useAsync(() => suggestAccount(db, pkg, fields, address.email), [db, pkg, fields, address.email]);
  const domain = domainOfAddress(address.email);
  if (suggestion.status === 'loading')
    return (
      <Skeleton className={styles.skeleton} aria-label={t('email.add.looking', { domain })}>
        <SkeletonItem className={styles.heading} />
        <SkeletonItem className={styles.field} />
        <SkeletonItem className={styles.field} />
        <SkeletonItem className={styles.field} />
      </Skeleton>
    );
  const found = suggestion.status === 'done' ? suggestion.value : null;
  const initialValues = contactPrefill(fields, address, found?.ref.id ?? null);
  const intro = fields.account && (
    <SuggestionNote suggestion={found} domain={domain} failed={suggestion.status === 'failed'} />
  );
  return (
    <Suspense fallback={<Spinner size="small" label={t('records.loading')} />}>
      <RecordEditor
        db={db}
        pkg={pkg}
        typeId={fields.typeId}
        recordId={null}
        initialValues={initialValues}
        intro={intro}
        stickyActions
        onSaved={onSaved}
        onCancel={onCancel}
      />
    </Suspense>
  );
}

interface SuggestionNoteProps {
  readonly suggestion: AccountSuggestion | null;
  readonly domain: string;
  readonly failed: boolean;
}

/** Why the account field holds what it holds (or nothing). */
function SuggestionNote({ suggestion, domain, failed }: SuggestionNoteProps) {
  const { t } = useTranslator();
  if (failed) return <Caption1 role="note">{t('email.add.suggestFailed')}</Caption1>;
  if (domain === '') return null;
  const text = suggestion
    ? suggestion.evidence.ownDomain
      ? t('email.add.site', { domain, name: suggestion.name })
      : t('email.add.contacts', { domain, name: suggestion.name, count: suggestion.evidence.contacts })
    : isPublicMailDomain(domain)
      ? t('email.add.public', { domain })
      : t('email.add.none', { domain });
  return (
    <MessageBar intent={suggestion ? 'success' : 'info'} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
