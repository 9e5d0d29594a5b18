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
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        Sharing &quot;{item.subject || '(no subject)'}&quot; was cancelled because you selected another item; nothing
        was shared. Select it again to share it.
      </MessageBarBody>
      <Button size="small" appearance="transparent" onClick={onDismiss}>
        Dismiss
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
  return (
    <div className={styles.subjectLine}>
      <Caption1 className={`${styles.muted} ${styles.subject}`}>{item.subject || '(no subject)'}</Caption1>
      {item.isSample && (
        <Badge
          appearance="tint"
          color="informative"
          size="small"
          data-sample-item=""
          title="Made up by the standalone page: CRM Desktop is not running in Outlook"
        >
          Sample
        </Badge>
      )}
    </div>
  );
}

function EmailBody({ state, hasData, onOpen, share }: EmailBodyProps) {
  const styles = useStyles();
  if (state.status === 'loading') return <Spinner size="tiny" label="Looking up the sender and recipients" />;
  if (state.status === 'failed')
    return (
      <Body1 role="alert">
        Looking up the email's contacts failed: {(state.error as Error)?.message ?? String(state.error)} — use Refresh
        to try again.
      </Body1>
    );
  const { item, contacts } = state.value;
  if (!item) {
    return (
      <Body1 role="status">
        No email is open. Select a message or a meeting in Outlook to see the CRM contacts of its sender and recipients;
        a pinned CRM Desktop pane follows your selection.
      </Body1>
    );
  }
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
        Contacts in this email
      </Subtitle2>
      {!hasData && (
        <Body1>
          No CRM data yet. Run the first synchronization on the Sync tab, then the contacts of your emails appear here.
        </Body1>
      )}
      {hasData && contacts.length === 0 && (
        <Body1>
          No CRM contact has the address of the sender or a recipient (
          {addresses.map((a) => a.written).join(', ') || 'no addresses'}).
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
