import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { MailItemSummary } from '../../../host';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useAppServices } from '../../hooks/useAppServices';
import { useItemChanges } from '../../hooks/useItemChanges';
import { useDataVersion } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import { DetailPane } from '../records/DetailPane';
import { FailureNote } from '../records/FailureNote';
import { nameList } from '../../../i18n';
import { useAsync } from '../records/useAsync';
import { useRecordStack } from '../records/useRecordStack';
import { EmailContactCard } from './EmailContactCard';
import { emailPlan } from './emailPlan';
import { findEmailContacts, type EmailContact } from './findEmailContacts';
import { mailAddresses } from './mailAddresses';
import { SharePanel } from './SharePanel';
import { shareTypes, type ShareTypes } from './shareSuggestions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  subject: { overflowWrap: 'anywhere' },
  subjectLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Lookup {
  readonly item: MailItemSummary | null;
  readonly contacts: readonly EmailContact[];
}

/** Props of {@link CurrentEmailView}. */
export interface CurrentEmailViewProps {
  /** Called after the item was shared with Siebel (counts elsewhere refresh). */
  readonly onChanged?: () => void;
}

/**
 * The "Current email" tab: "Share with Siebel" for the open item, and the CRM contacts whose
 * e-mail address is the sender's or a recipient's, with their account and its open
 * opportunities; each opens in place. It follows the selection of a pinned task pane: on another
 * item it goes back from an opened record, looks up the new item, and closes a share form that
 * was open for the old one, saying that nothing was shared.
 */
export function CurrentEmailView({ onChanged }: CurrentEmailViewProps = {}) {
  const styles = useStyles();
  const { t } = useTranslator();
  const { host } = useAppServices();
  const { database, pkg, loading, error } = useActiveDatabase();
  const dataVersion = useDataVersion();
  const stack = useRecordStack();
  const [refreshes, setRefreshes] = useState(0);
  // The item whose share form is open; read at the moment the selection changes.
  const sharing = useRef<MailItemSummary | null>(null);
  const [abandoned, setAbandoned] = useState<MailItemSummary | null>(null);
  const itemVersion = useItemChanges(host, () => {
    setAbandoned(sharing.current);
    sharing.current = null;
    stack.reset();
  });
  const state = useAsync<Lookup>(
    () => lookUp(host.currentItem(), database, pkg),
    [host, database, pkg, dataVersion, refreshes, itemVersion],
  );
  const types = useMemo(() => (database && pkg ? shareTypes(emailPlan(pkg, database.layout)) : null), [database, pkg]);
  if (loading) return <Spinner size="small" label={t('records.data.opening')} />;
  if (error) return <Body1 role="alert">{t('records.data.openFailed', { details: error })}</Body1>;
  if (database && pkg && stack.current) {
    return (
      <DetailPane db={database} pkg={pkg} stack={stack} dataVersion={dataVersion} backLabel={t('email.backToEmail')} />
    );
  }
  return (
    <section className={styles.root} aria-label={t('email.region')}>
      <div className={styles.header}>
        <Subtitle2 as="h2" className={styles.title}>
          {t('email.heading')}
        </Subtitle2>
        <Button size="small" appearance="subtle" onClick={() => setRefreshes((n) => n + 1)}>
          {t('email.refresh')}
        </Button>
      </div>
      {abandoned && <AbandonedShare item={abandoned} onDismiss={() => setAbandoned(null)} />}
      <EmailBody
        state={state}
        hasData={database !== null}
        onOpen={stack.open}
        share={
          database && pkg && types
            ? { db: database, pkg, types, onChanged, onSharing: (item) => void (sharing.current = item) }
            : null
        }
      />
    </section>
  );
}

async function lookUp(
  itemPromise: Promise<MailItemSummary | null>,
  db: DataDatabase | null,
  pkg: CustomizationPackage | null,
): Promise<Lookup> {
  const item = await itemPromise;
  if (!item || !db || !pkg) return { item, contacts: [] };
  return { item, contacts: await findEmailContacts(db, pkg, emailPlan(pkg, db.layout), mailAddresses(item)) };
}

/** Says that a share form was closed because the user selected another item. */
function AbandonedShare({ item, onDismiss }: { readonly item: MailItemSummary; readonly onDismiss: () => void }) {
  const { t } = useTranslator();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t('email.abandoned', { subject: item.subject || t('email.noSubject') })}</MessageBarBody>
      <Button size="small" appearance="transparent" onClick={onDismiss}>
        {t('email.dismiss')}
      </Button>
    </MessageBar>
  );
}

interface ShareContext {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly types: ShareTypes;
  readonly onChanged?: () => void;
  /** Told which item's share form is open (`null` when none is). */
  readonly onSharing: (item: MailItemSummary | null) => void;
}

interface EmailBodyProps {
  readonly state: ReturnType<typeof useAsync<Lookup>>;
  readonly hasData: boolean;
  readonly onOpen: Parameters<typeof EmailContactCard>[0]['onOpen'];
  readonly share: ShareContext | null;
}

/** The subject, and for the standalone page's made-up item a visible "Sample" marker. */
function Subject({ item }: { readonly item: MailItemSummary }) {
  const styles = useStyles();
  const { t } = useTranslator();
  return (
    <div className={styles.subjectLine}>
      <Caption1 className={`${styles.muted} ${styles.subject}`}>{item.subject || t('email.noSubject')}</Caption1>
      {item.isSample && (
        <Badge appearance="tint" color="informative" size="small" data-sample-item="" title={t('email.sample.title')}>
          {t('email.sample')}
        </Badge>
      )}
    </div>
  );
}

function EmailBody({ state, hasData, onOpen, share }: EmailBodyProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  if (state.status === 'loading') return <Spinner size="tiny" label={t('email.lookingUp')} />;
  if (state.status === 'failed') return <FailureNote lead={t('email.lookupFailed')} error={state.error} />;
  const { item, contacts } = state.value;
  if (!item) return <Body1 role="status">{t('email.noItem')}</Body1>;
  const addresses = mailAddresses(item);
  return (
    <>
      <Subject item={item} />
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
      <Subtitle2 as="h3" className={styles.title}>
        {t('email.contacts.heading')}
      </Subtitle2>
      {!hasData && <Body1>{t('email.noData')}</Body1>}
      {hasData && contacts.length === 0 && (
        <Body1>
          {t('email.noContacts', {
            addresses:
              addresses.length > 0
                ? nameList(
                    translator,
                    addresses.map((a) => a.written),
                  )
                : t('email.noAddresses'),
          })}
        </Body1>
      )}
      {contacts.length > 0 && (
        <ul className={styles.list} aria-label={t('email.contacts.list')}>
          {contacts.map((c) => (
            <EmailContactCard key={`${c.ref.typeId}/${c.ref.id}`} contact={c} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </>
  );
}
