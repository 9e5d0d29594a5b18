import { Badge, Button, Caption1, makeStyles, Subtitle2 } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useTranslator } from '../../language/TranslatorContext';
import { useCardStyles } from '../useCardStyles';
import type { ItemAddress } from './mailAddresses';
import { shownName } from './shownName';
import { useEmailStyles } from './useEmailStyles';

const useStyles = makeStyles({ name: { margin: 0, overflowWrap: 'anywhere' } });

/** Props of {@link UnknownPersonCard}. */
export interface UnknownPersonCardProps {
  readonly address: ItemAddress;
  /** Opens the contact form prefilled from the address; absent when contacts cannot be added. */
  readonly onAdd?: (address: ItemAddress) => void;
}

/** The sender (or first recipient) no CRM contact has the address of, with Add as contact. */
export function UnknownPersonCard({ address, onAdd }: UnknownPersonCardProps) {
  const styles = { ...useEmailStyles(), ...useStyles() };
  const card = useCardStyles();
  const { t } = useTranslator();
  const name = shownName(address);
  return (
    <li className={card.card} aria-label={name} data-email={address.email} tabIndex={-1}>
      <div className={card.top}>
        <Badge appearance="tint" size="small">
          {t('email.role', { role: address.role })}
        </Badge>
        <Subtitle2 as="h3" className={styles.name}>
          {name}
        </Subtitle2>
      </div>
      {name !== address.written && <Caption1 className={styles.muted}>{address.written}</Caption1>}
      <Caption1 className={styles.muted}>{t('email.person.unknown')}</Caption1>
      {onAdd && (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<PersonAddRegular />} onClick={() => onAdd(address)}>
            {t('email.addContact')}
          </Button>
        </div>
      )}
    </li>
  );
}
