import { Badge, Button, Caption1, makeStyles, Subtitle2 } from '@fluentui/react-components';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { PendingBadge } from '../edit/PendingBadge';
import { RecordLink } from '../records/RecordLink';
import type { RecordRef } from '../records/RecordRef';
import { useCardStyles } from '../useCardStyles';
import { ActivityList } from './ActivityList';
import type { EmailContact, MatchedAccount } from './findEmailContacts';
import { useEmailStyles } from './useEmailStyles';

/** Open opportunities shown on the card; the rest are counted (the account shows them all). */
const DEALS_SHOWN = 3;

const useStyles = makeStyles({
  // The name opens the contact too: a link as high as a button.
  name: {
    margin: 0,
    overflowWrap: 'anywhere',
    display: 'flex',
    '& > button': { minHeight: '32px', textAlign: 'start' },
  },
});

/** Props of {@link EmailContactCard}. */
export interface EmailContactCardProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly contact: EmailContact;
  /** The contact was created or changed here and is not yet in Siebel. */
  readonly pending: boolean;
  readonly dataVersion: number;
  readonly onOpen: (ref: RecordRef) => void;
}

/**
 * The card of the person the email is about (the sender of a received email): name, address,
 * account, the account's open opportunities, the person's last activities, and Open contact, so
 * what a rep needs between two emails is on one screen.
 */
export function EmailContactCard({ db, pkg, contact, pending, dataVersion, onOpen }: EmailContactCardProps) {
  const styles = { ...useEmailStyles(), ...useStyles() };
  const card = useCardStyles();
  const { t } = useTranslator();
  return (
    <li className={card.card} aria-label={contact.name} data-email={contact.address.email} tabIndex={-1}>
      <div className={card.top}>
        <Badge appearance="tint" size="small">
          {t('email.role', { role: contact.address.role })}
        </Badge>
        <Subtitle2 as="h3" className={styles.name}>
          <RecordLink target={contact.ref} name={contact.name} onOpen={onOpen} />
        </Subtitle2>
        {pending && <PendingBadge size="small" />}
      </div>
      <Caption1 className={styles.muted}>{contact.address.written}</Caption1>
      {contact.accounts.length === 0 && <Caption1 className={styles.muted}>{t('email.card.noAccount')}</Caption1>}
      {contact.accounts.map((account) => (
        <AccountLines key={`${account.ref.typeId}/${account.ref.id}`} account={account} onOpen={onOpen} />
      ))}
      <ActivityList
        db={db}
        pkg={pkg}
        person={contact.ref}
        name={contact.name}
        dataVersion={dataVersion}
        onOpen={onOpen}
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onOpen(contact.ref)}>
          {t('email.openContact')}
        </Button>
      </div>
    </li>
  );
}

function AccountLines({
  account,
  onOpen,
}: {
  readonly account: MatchedAccount;
  readonly onOpen: (ref: RecordRef) => void;
}) {
  const styles = useEmailStyles();
  const { t } = useTranslator();
  const hidden = account.openDeals.length - DEALS_SHOWN;
  return (
    <div>
      <div className={styles.line}>
        <Caption1 className={styles.label}>{t('email.card.account')}</Caption1>
        <RecordLink target={account.ref} name={account.name} onOpen={onOpen} />
      </div>
      {account.openDeals.length === 0 ? (
        <Caption1 className={styles.muted} as="p">
          {t('email.card.noDeals')}
        </Caption1>
      ) : (
        <ul className={styles.lines} aria-label={t('email.card.deals', { account: account.name })}>
          {account.openDeals.slice(0, DEALS_SHOWN).map((deal) => (
            <li key={deal.ref.id} className={styles.line}>
              <RecordLink target={deal.ref} name={deal.name} onOpen={onOpen} />
              <Caption1 className={styles.muted}>{deal.stage}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && <Caption1 className={styles.muted}>{t('email.card.moreDeals', { count: hidden })}</Caption1>}
    </div>
  );
}
