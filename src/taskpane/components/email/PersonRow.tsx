import { Badge, Button, Caption1, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useTranslator } from '../../language/TranslatorContext';
import { PendingBadge } from '../edit/PendingBadge';
import { RecordLink } from '../records/RecordLink';
import type { RecordRef } from '../records/RecordRef';
import type { EmailPerson } from './emailPeople';
import type { ItemAddress } from './mailAddresses';
import { shownName } from './shownName';
import { useEmailStyles } from './useEmailStyles';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '40px',
    paddingBlock: '2px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  main: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  name: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  // The name's link is the row's tap target: as high as a button.
  link: { display: 'flex', minWidth: 0, '& > button': { minHeight: '32px', textAlign: 'start' } },
});

/** Props of {@link PersonRow}. */
export interface PersonRowProps {
  readonly person: EmailPerson;
  /** Whether a matched contact has a change not yet sent to Siebel. */
  readonly isPending: (ref: RecordRef) => boolean;
  readonly onOpen: (ref: RecordRef) => void;
  /** Opens the contact form prefilled from the address; absent when contacts cannot be added. */
  readonly onAdd?: (address: ItemAddress) => void;
}

/**
 * One more person of the email on one compact line: role, name (a contact opens in place) and the
 * account or the address under it; an unknown person has an Add as contact button.
 */
export function PersonRow({ person, isPending, onOpen, onAdd }: PersonRowProps) {
  const styles = { ...useEmailStyles(), ...useStyles() };
  const { t } = useTranslator();
  const { address, contacts } = person;
  const name = shownName(address);
  const addLabel = t('email.addContact.named', { name });
  return (
    <li className={styles.row} data-email={address.email} tabIndex={-1}>
      <Badge appearance="tint" size="small">
        {t('email.role', { role: address.role })}
      </Badge>
      <div className={styles.main}>
        {contacts.length === 0 && <Caption1>{name}</Caption1>}
        {contacts.map((c) => (
          <span key={`${c.ref.typeId}/${c.ref.id}`} className={styles.name}>
            <span className={styles.link}>
              <RecordLink target={c.ref} name={c.name} onOpen={onOpen} />
            </span>
            {isPending(c.ref) && <PendingBadge size="small" />}
          </span>
        ))}
        <Caption1 className={styles.muted}>
          {contacts.length > 0 && contacts[0].accounts.length > 0
            ? contacts[0].accounts.map((a) => a.name).join(', ')
            : address.written}
        </Caption1>
      </div>
      {contacts.length === 0 && onAdd ? (
        <Tooltip content={addLabel} relationship="label">
          <Button appearance="subtle" icon={<PersonAddRegular />} onClick={() => onAdd(address)} />
        </Tooltip>
      ) : (
        <span />
      )}
    </li>
  );
}
