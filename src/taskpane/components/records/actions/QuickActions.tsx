import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { CallRegular, MailRegular, MapRegular, OpenRegular } from '@fluentui/react-icons';
import type { CustomizationPackage, FieldDefinition, ObjectType } from '../../../../metadata';
import { isLocalId, type DataDatabase, type StoredRecord } from '../../../../store';
import { mapSearchUrl } from '../../../../sync';
import { useAdminSettings } from '../../../hooks/useAppServices';
import { useTranslator } from '../../../language/TranslatorContext';
import { useAsync } from '../useAsync';
import { ActionButton } from './ActionButton';
import { mailtoHref, telHref } from './contactHrefs';
import { contactPointsOf } from './contactPointsOf';
import { CopyButton } from './CopyButton';
import { mapAddressOf } from './mapAddressOf';
import type { NewMessage } from './useNewMessage';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Columns of a fixed least width: five fit across 320 px, and an action that comes late (the map's
  // address is read from the store) takes the next cell without moving the others.
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(56px, 1fr))',
    gap: '2px',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})`,
  },
});

/** Props of {@link QuickActions}. */
export interface QuickActionsProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly object: ObjectType;
  readonly record: StoredRecord;
  readonly id: string;
  readonly name: string;
  /** The record's fields, the form's first: the actions use the first address and number found. */
  readonly fields: readonly FieldDefinition[];
  /** The administrator's "Open in Siebel" link of the record; `null` when none is configured. */
  readonly siebelUrl: string | null;
  readonly message: NewMessage;
}

/**
 * The row of what a rep does with a record between two e-mails: write (Outlook's new message, or
 * `mailto:`), call (`tel:`), find it on a map (a new window), open it in Siebel, copy its Id. An
 * action the record has nothing for is left out.
 */
export function QuickActions({ db, pkg, object, record, id, name, fields, siebelUrl, message }: QuickActionsProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const admin = useAdminSettings();
  const { email, phone } = contactPointsOf(fields, record);
  const tel = phone ? telHref(phone) : null;
  const address = useAsync(() => mapAddressOf(db, pkg, object, record), [db, pkg, object, record]);
  const mapQuery = address.status === 'done' ? address.value : null;
  const refused = message.refused;
  if (!email && !tel && !mapQuery && !siebelUrl && isLocalId(id)) return null;
  return (
    <div className={styles.root}>
      <div role="group" aria-label={t('actions.group', { name })} className={styles.row}>
        {email && (
          <ActionButton
            icon={<MailRegular />}
            label={t('actions.email')}
            description={t('actions.email.tooltip', { address: email })}
            {...message.props({ name, email })}
          />
        )}
        {phone && tel && (
          <ActionButton
            icon={<CallRegular />}
            label={t('actions.call')}
            description={t('actions.call.tooltip', { number: phone })}
            href={tel}
          />
        )}
        {mapQuery && (
          <ActionButton
            icon={<MapRegular />}
            label={t('actions.map')}
            description={t('actions.map.tooltip', { address: mapQuery })}
            href={mapSearchUrl(admin, mapQuery)}
            newWindow
          />
        )}
        {siebelUrl && (
          <ActionButton
            icon={<OpenRegular />}
            label={t('records.detail.openInSiebel')}
            description={t('actions.siebel.tooltip')}
            href={siebelUrl}
            newWindow
          />
        )}
        {/* A record not yet sent has only a local id, which means nothing in Siebel. */}
        {!isLocalId(id) && (
          <CopyButton
            variant="action"
            text={id}
            label={t('actions.copyId')}
            description={t('actions.copyId.tooltip', { id })}
          />
        )}
      </div>
      {refused && (
        <Body1 role="alert">
          {t('actions.email.failed', { address: refused.email })}{' '}
          <Link href={mailtoHref(refused.email)}>{t('actions.email.mailto')}</Link>
        </Body1>
      )}
    </div>
  );
}
