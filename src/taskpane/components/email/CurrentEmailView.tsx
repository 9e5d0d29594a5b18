import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { MailItemSummary } from '../../../host';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useActiveDatabase } from '../../hooks/useActiveDatabase';
import { useAppServices } from '../../hooks/useAppServices';
import { useItemChanges } from '../../hooks/useItemChanges';
import { usePendingChanges } from '../../hooks/usePendingChanges';
import { useDataVersion } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import { DetailPane } from '../records/DetailPane';
import { useAsync, type AsyncState } from '../records/useAsync';
import { useRecordStack } from '../records/useRecordStack';
import { AddContactPanel } from './AddContactPanel';
import { contactFields } from './contactFields';
import { EmailBody, type Lookup, type LookupKey } from './EmailBody';
import { emailPlan, type EmailPlan, type PersonType } from './emailPlan';
import { findEmailContacts } from './findEmailContacts';
import type { ItemAddress } from './mailAddresses';
import { mailAddresses } from './mailAddresses';
import { shareTypes } from './shareSuggestions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
});

/** Props of {@link CurrentEmailView}. */
export interface CurrentEmailViewProps {
  /** Called after the item was shared, or a contact added, here (counts elsewhere refresh). */
  readonly onChanged?: () => void;
}

/**
 * The "Current email" tab: the card of the person the email is about (its sender, or the first
 * recipient of an email the user sent) with account, open opportunities and last activities,
 * "Share with Siebel", then everybody else on compact lines. A person no contact has the address
 * of can be added as a contact, the form prefilled from the email. It follows the selection of a
 * pinned task pane: on another item it goes back from an opened record or form, looks up the new
 * item, and closes a share form that was open for the old one, saying that nothing was shared.
 */
export function CurrentEmailView({ onChanged }: CurrentEmailViewProps = {}) {
  const styles = useStyles();
  const { t } = useTranslator();
  const { host } = useAppServices();
  const { database, pkg, loading, error } = useActiveDatabase();
  const dataVersion = useDataVersion();
  const stack = useRecordStack();
  const [refreshes, setRefreshes] = useState(0);
  const [localSaves, saved] = useReducer((n: number) => n + 1, 0);
  const [adding, setAdding] = useState<ItemAddress | null>(null);
  // The person whose card or line takes the focus once the lookup shows it (after adding, or cancelling).
  const [focusEmail, setFocusEmail] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  // The item whose share form is open; read at the moment the selection changes.
  const sharing = useRef<MailItemSummary | null>(null);
  const [abandoned, setAbandoned] = useState<MailItemSummary | null>(null);
  const itemVersion = useItemChanges(host, () => {
    setAbandoned(sharing.current);
    sharing.current = null;
    stack.reset();
    setAdding(null);
  });
  const plan = useMemo(() => (database && pkg ? emailPlan(pkg, database.layout) : null), [database, pkg]);
  // Which item in which data (a change shows the skeleton), and which reading of it (a change keeps the last one shown).
  const scope = `${itemVersion}/${database?.name ?? ''}/${plan ? 'plan' : ''}`;
  const reading = `${dataVersion}/${refreshes}/${localSaves}`;
  const lookup = useAsync<Lookup>(
    () => lookUp(host.currentItem(), database, pkg, plan, { scope, reading }),
    [host, database, pkg, plan, scope, reading],
  );
  const state = useSteadyLookup(lookup, { scope, reading });
  const pending = usePendingChanges(database, dataVersion + localSaves);
  const types = useMemo(() => (database && plan ? shareTypes(plan) : null), [database, plan]);
  const personType = useMemo(() => (plan ? newContactType(plan) : null), [plan]);
  useEffect(() => {
    // Only a fresh answer shows the added contact (a steady one is from before the save).
    if (!focusEmail || state.status !== 'done' || state.value.reading !== reading) return;
    const shown = root.current?.querySelectorAll<HTMLElement>('[data-email]') ?? [];
    [...shown].find((element) => element.dataset.email === focusEmail)?.focus();
    setFocusEmail(null);
  }, [focusEmail, state, reading]);
  if (loading) return <Spinner size="small" label={t('records.data.opening')} />;
  if (error) return <Body1 role="alert">{t('records.data.openFailed', { details: error })}</Body1>;
  if (database && pkg && stack.current) {
    return (
      <DetailPane
        db={database}
        pkg={pkg}
        stack={stack}
        dataVersion={dataVersion + localSaves}
        backLabel={t('email.backToEmail')}
        pending={pending}
        onChanged={saved}
      />
    );
  }
  if (database && pkg && personType && adding) {
    const done = () => {
      setFocusEmail(adding.email);
      setAdding(null);
    };
    return (
      <AddContactPanel
        db={database}
        pkg={pkg}
        person={personType}
        address={adding}
        onSaved={() => {
          done();
          saved();
          onChanged?.();
        }}
        onCancel={done}
      />
    );
  }
  return (
    <section ref={root} className={styles.root} aria-label={t('email.region')}>
      <div className={styles.header}>
        <Subtitle2 as="h2" className={styles.title}>
          {t('email.heading')}
        </Subtitle2>
        <Button appearance="subtle" onClick={() => setRefreshes((n) => n + 1)}>
          {t('email.refresh')}
        </Button>
      </div>
      {abandoned && <AbandonedShare item={abandoned} onDismiss={() => setAbandoned(null)} />}
      <EmailBody
        state={state}
        hasData={database !== null}
        dataVersion={dataVersion + localSaves}
        isPending={(ref) => pending.of(ref.typeId, ref.id) !== undefined}
        onOpen={stack.open}
        {...(personType ? { onAdd: setAdding } : {})}
        share={
          database && pkg && types
            ? { db: database, pkg, types, onChanged, onSharing: (item) => void (sharing.current = item) }
            : null
        }
      />
    </section>
  );
}

const LOADING: AsyncState<Lookup> = { status: 'loading' };

/**
 * The lookup to show. An answer for another scope (the item or the data changed; `useAsync` still
 * holds it for one render) is not shown: the skeleton is. While the same item is read again
 * (after a sync, a save, Refresh) the last answer stays on screen instead of a skeleton, so the
 * cards do not flash while the rep reads them.
 */
function useSteadyLookup(state: AsyncState<Lookup>, key: LookupKey): AsyncState<Lookup> {
  const last = useRef<(AsyncState<Lookup> & { readonly status: 'done' }) | null>(null);
  const current = state.status === 'done' && state.value.scope !== key.scope ? LOADING : state;
  if (current.status === 'done') last.current = current;
  return current.status === 'loading' && last.current?.value.scope === key.scope ? last.current : current;
}

async function lookUp(
  itemPromise: Promise<MailItemSummary | null>,
  db: DataDatabase | null,
  pkg: CustomizationPackage | null,
  plan: EmailPlan | null,
  key: LookupKey,
): Promise<Lookup> {
  const item = await itemPromise;
  if (!item || !db || !pkg || !plan) return { ...key, item, contacts: [] };
  return { ...key, item, contacts: await findEmailContacts(db, pkg, plan, mailAddresses(item)) };
}

/** The type "Add as contact" creates: the first person type with name fields, else the first one. */
function newContactType(plan: EmailPlan): PersonType | null {
  const named = plan.people.find((p) => {
    const fields = contactFields(p);
    return fields.lastName !== undefined || fields.firstName !== undefined;
  });
  return named ?? plan.people[0] ?? null;
}

/** Says that a share form was closed because the user selected another item. */
function AbandonedShare({ item, onDismiss }: { readonly item: MailItemSummary; readonly onDismiss: () => void }) {
  const { t } = useTranslator();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t('email.abandoned', { subject: item.subject || t('email.noSubject') })}</MessageBarBody>
      <Button appearance="transparent" onClick={onDismiss}>
        {t('email.dismiss')}
      </Button>
    </MessageBar>
  );
}
