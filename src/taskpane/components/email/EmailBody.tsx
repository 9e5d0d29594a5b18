import { Badge, Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { MailItemSummary } from '../../../host';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { FailureNote } from '../records/FailureNote';
import type { RecordRef } from '../records/RecordRef';
import type { AsyncState } from '../records/useAsync';
import { EmailContactCard } from './EmailContactCard';
import { emailPeople, type EmailPerson } from './emailPeople';
import { EmailSkeleton } from './EmailSkeleton';
import type { EmailContact } from './findEmailContacts';
import { mailAddresses, type ItemAddress } from './mailAddresses';
import { PersonRow } from './PersonRow';
import { SharePanel } from './SharePanel';
import type { ShareTypes } from './shareSuggestions';
import { UnknownPersonCard } from './UnknownPersonCard';

const useStyles = makeStyles({
  subjectLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  subject: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  title: { margin: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  rows: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  others: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** What a lookup was made for: the item and data (`scope`), and which reading of them. */
export interface LookupKey {
  readonly scope: string;
  readonly reading: string;
}

/** The open item and the CRM contacts of its addresses. */
export interface Lookup extends LookupKey {
  readonly item: MailItemSummary | null;
  readonly contacts: readonly EmailContact[];
}

/** What the share panel needs; `null` without local data. */
export interface ShareContext {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly types: ShareTypes;
  readonly onChanged?: () => void;
  /** Told which item's share form is open (`null` when none is). */
  readonly onSharing: (item: MailItemSummary | null) => void;
}

/** Props of {@link EmailBody}. */
export interface EmailBodyProps {
  readonly state: AsyncState<Lookup>;
  readonly hasData: boolean;
  readonly dataVersion: number;
  readonly isPending: (ref: RecordRef) => boolean;
  readonly onOpen: (ref: RecordRef) => void;
  /** Opens the contact form for an unknown person; absent when the package cannot make contacts. */
  readonly onAdd?: (address: ItemAddress) => void;
  readonly share: ShareContext | null;
}

/**
 * What the tab shows for the looked-up item, in the order a rep reads it between two emails: the
 * subject, the lead person's card (who this is, their account and deals), whether the email is shared
 * with Share with Siebel, then everybody else on compact lines; a skeleton while looking up, and a sentence for no item, no data, a new
 * draft without recipients and an email with nobody known.
 */
export function EmailBody({ state, hasData, dataVersion, isPending, onOpen, onAdd, share }: EmailBodyProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  if (state.status === 'loading') return <EmailSkeleton label={t('email.lookingUp')} />;
  if (state.status === 'failed') return <FailureNote lead={t('email.lookupFailed')} error={state.error} />;
  const { item, contacts } = state.value;
  if (!item) return <Body1 role="status">{t('email.noItem')}</Body1>;
  const addresses = mailAddresses(item);
  const { lead, others } = emailPeople(addresses, contacts, item.sentByUser, item.userEmail);
  const isDraft = item.itemKey === '' && item.sentByUser;
  return (
    <>
      <Subject item={item} />
      {!hasData && <Body1>{t('email.noData')}</Body1>}
      {isDraft && !lead && <Body1 role="status">{t('email.draft')}</Body1>}
      {hasData && contacts.length === 0 && lead && <Body1 role="status">{t('email.nobodyKnown')}</Body1>}
      {hasData && lead && (
        <ul className={styles.list} aria-label={t('email.lead', { role: lead.address.role })}>
          <LeadCard
            person={lead}
            share={share}
            dataVersion={dataVersion}
            isPending={isPending}
            onOpen={onOpen}
            {...(onAdd ? { onAdd } : {})}
          />
        </ul>
      )}
      {share && (
        <SharePanel
          key={item.itemKey}
          item={item}
          contacts={contacts}
          db={share.db}
          pkg={share.pkg}
          types={share.types}
          onChanged={share.onChanged}
          onEditingChange={(editing) => share.onSharing(editing ? item : null)}
        />
      )}
      {hasData && others.length > 0 && (
        <section className={styles.others} aria-labelledby="email-others-heading">
          <Subtitle2 as="h3" id="email-others-heading" className={styles.title}>
            {t('email.others.heading', { count: others.length })}
          </Subtitle2>
          <ul className={styles.rows} aria-label={t('email.others.list')}>
            {others.map((person) => (
              <PersonRow
                key={person.address.email}
                person={person}
                isPending={isPending}
                onOpen={onOpen}
                {...(onAdd ? { onAdd } : {})}
              />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

interface LeadCardProps {
  readonly person: EmailPerson;
  readonly share: ShareContext | null;
  readonly dataVersion: number;
  readonly isPending: (ref: RecordRef) => boolean;
  readonly onOpen: (ref: RecordRef) => void;
  readonly onAdd?: (address: ItemAddress) => void;
}

/** The lead person's card: each contact with the address (usually one), or the unknown person's. */
function LeadCard({ person, share, dataVersion, isPending, onOpen, onAdd }: LeadCardProps) {
  if (person.contacts.length === 0 || !share)
    return <UnknownPersonCard address={person.address} {...(onAdd && share ? { onAdd } : {})} />;
  return (
    <>
      {person.contacts.map((contact) => (
        <EmailContactCard
          key={`${contact.ref.typeId}/${contact.ref.id}`}
          db={share.db}
          pkg={share.pkg}
          contact={contact}
          pending={isPending(contact.ref)}
          dataVersion={dataVersion}
          onOpen={onOpen}
        />
      ))}
    </>
  );
}

/** The subject, and for the standalone page's made-up item a visible "Sample" marker. */
function Subject({ item }: { readonly item: MailItemSummary }) {
  const styles = useStyles();
  const { t } = useTranslator();
  return (
    <div className={styles.subjectLine}>
      <Caption1 className={styles.subject}>{item.subject || t('email.noSubject')}</Caption1>
      {item.isSample && (
        <Badge appearance="tint" color="informative" size="small" data-sample-item="" title={t('email.sample.title')}>
          {t('email.sample')}
        </Badge>
      )}
    </div>
  );
}
