import { Body1, Button, Caption1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { MailItemSummary } from '../../../host';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useAppServices } from '../../hooks/useAppServices';
import { useDataVersion } from '../../hooks/useSync';
import { DetailPane } from '../records/DetailPane';
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
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
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
 * opportunities; each opens in place.
 */
export function CurrentEmailView({ onChanged }: CurrentEmailViewProps = {}) {
  const styles = useStyles();
  const { host } = useAppServices();
  const { database, pkg, loading, error } = useActiveDatabase();
  const dataVersion = useDataVersion();
  const stack = useRecordStack();
  const [refreshes, setRefreshes] = useState(0);
  const state = useAsync<Lookup>(() => lookUp(host.currentItem(), database, pkg), [host, database, pkg, dataVersion, refreshes]);
  const types = useMemo(() => (database && pkg ? shareTypes(emailPlan(pkg, database.layout)) : null), [database, pkg]);
  if (loading) return <Spinner size="small" label="Opening your CRM data" />;
  if (error) return <Body1 role="alert">Your local CRM data could not be opened: {error}</Body1>;
  if (database && pkg && stack.current) {
    return <DetailPane db={database} pkg={pkg} stack={stack} dataVersion={dataVersion} backLabel="Back to the email" />;
  }
  return (
    <section className={styles.root} aria-label="Current email">
      <div className={styles.header}>
        <Subtitle2 as="h2" className={styles.title}>
          This email
        </Subtitle2>
        <Button size="small" appearance="subtle" onClick={() => setRefreshes((n) => n + 1)}>
          Refresh
        </Button>
      </div>
      <EmailBody state={state} hasData={database !== null} onOpen={stack.open} share={database && pkg && types ? { db: database, pkg, types, onChanged } : null} />
    </section>
  );
}

async function lookUp(itemPromise: Promise<MailItemSummary | null>, db: DataDatabase | null, pkg: CustomizationPackage | null): Promise<Lookup> {
  const item = await itemPromise;
  if (!item || !db || !pkg) return { item, contacts: [] };
  return { item, contacts: await findEmailContacts(db, pkg, emailPlan(pkg, db.layout), mailAddresses(item)) };
}

interface EmailBodyProps {
  readonly state: ReturnType<typeof useAsync<Lookup>>;
  readonly hasData: boolean;
  readonly onOpen: Parameters<typeof EmailContactCard>[0]['onOpen'];
  readonly share: { readonly db: DataDatabase; readonly pkg: CustomizationPackage; readonly types: ShareTypes; readonly onChanged?: () => void } | null;
}

function EmailBody({ state, hasData, onOpen, share }: EmailBodyProps) {
  const styles = useStyles();
  if (state.status === 'loading') return <Spinner size="tiny" label="Looking up the sender and recipients" />;
  if (state.status === 'failed') return <Body1 role="alert">Looking up the email's contacts failed: {(state.error as Error)?.message ?? String(state.error)} — use Refresh to try again.</Body1>;
  const { item, contacts } = state.value;
  if (!item) return <Body1>No email is open. Select a message in Outlook to see the CRM contacts of its sender and recipients.</Body1>;
  const addresses = mailAddresses(item);
  return (
    <>
      <Caption1 className={`${styles.muted} ${styles.subject}`}>{item.subject || '(no subject)'}</Caption1>
      {share && <SharePanel item={item} contacts={contacts} {...share} />}
      <Subtitle2 as="h3" className={styles.title}>
        Contacts in this email
      </Subtitle2>
      {!hasData && <Body1>No CRM data yet. Run the first synchronization on the Sync tab, then the contacts of your emails appear here.</Body1>}
      {hasData && contacts.length === 0 && (
        <Body1>
          No CRM contact has the address of the sender or a recipient ({addresses.map((a) => a.written).join(', ') || 'no addresses'}).
        </Body1>
      )}
      {contacts.length > 0 && (
        <ul className={styles.list} aria-label="Matching contacts">
          {contacts.map((c) => (
            <EmailContactCard key={`${c.ref.typeId}/${c.ref.id}`} contact={c} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </>
  );
}
