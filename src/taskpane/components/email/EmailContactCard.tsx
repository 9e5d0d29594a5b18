import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslator } from '../../language/TranslatorContext';
import { RecordLink } from '../records/RecordLink';
import type { RecordRef } from '../records/RecordRef';
import { useCardStyles } from '../useCardStyles';
import type { EmailContact } from './findEmailContacts';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
});

/** Props of {@link EmailContactCard}. */
export interface EmailContactCardProps {
  readonly contact: EmailContact;
  readonly onOpen: (ref: RecordRef) => void;
}

/** One matched contact: name, the address and its role on the item, account, open opportunities. */
export function EmailContactCard({ contact, onOpen }: EmailContactCardProps) {
  const styles = useStyles();
  const card = useCardStyles();
  const { t } = useTranslator();
  return (
    <li className={card.card} aria-label={contact.name}>
      <div className={card.top}>
        <Badge appearance="tint" size="small">
          {t('email.role', { role: contact.address.role })}
        </Badge>
        <RecordLink target={contact.ref} name={contact.name} onOpen={onOpen} />
      </div>
      <Caption1 className={styles.muted}>{contact.address.written}</Caption1>
      {contact.accounts.length === 0 && <Caption1 className={styles.muted}>{t('email.card.noAccount')}</Caption1>}
      {contact.accounts.map((account) => (
        <div key={`${account.ref.typeId}/${account.ref.id}`}>
          <Caption1>{t('email.card.account')} </Caption1>
          <RecordLink target={account.ref} name={account.name} onOpen={onOpen} />
          {account.openDeals.length === 0 ? (
            <Caption1 className={styles.muted} as="p">
              {t('email.card.noDeals')}
            </Caption1>
          ) : (
            <ul className={styles.list} aria-label={t('email.card.deals', { account: account.name })}>
              {account.openDeals.map((deal) => (
                <li key={deal.ref.id}>
                  <RecordLink target={deal.ref} name={deal.name} onOpen={onOpen} />{' '}
                  <Caption1 className={styles.muted}>{deal.stage}</Caption1>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </li>
  );
}
