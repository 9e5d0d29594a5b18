import { Badge, Body1, Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { MailItemSummary } from '../../../host';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { DEFAULT_SHARE_SETTINGS, shareItem } from '../../../sync';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { useAppServices } from '../../hooks/useAppServices';
import { useSession } from '../../hooks/useSession';
import { useDataVersion } from '../../hooks/useSync';
import { useTranslator } from '../../language/TranslatorContext';
import { FailureNote } from '../records/FailureNote';
import { nameList } from '../../../i18n';
import { useAsync } from '../records/useAsync';
import type { EmailContact } from './findEmailContacts';
import { ShareForm } from './ShareForm';
import type { PickOption } from './SharePicker';
import { shareRequest } from './shareRequest';
import { mergeOptions, picksOf, readShare, type Shared } from './readShare';
import { sampleShareRefusal } from './sampleShareRefusal';
import { categoryNote } from './categoryNote';
import { chooseShareKey, shareLookupKeys } from './shareIdentity';
import { shareSuggestions, type SharePicks, type ShareTypes } from './shareSuggestions';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Why the last share did not happen: another item was selected meanwhile, or an error. */
type ShareFailure = { readonly kind: 'selectionChanged' } | { readonly kind: 'failed'; readonly error: unknown };

/** Props of {@link SharePanel}. */
export interface SharePanelProps {
  readonly item: MailItemSummary;
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly types: ShareTypes;
  /** The CRM contacts of the item's addresses (the suggestions). */
  readonly contacts: readonly EmailContact[];
  /** Called after the item was shared or its links changed. */
  readonly onChanged?: () => void;
  /** Told when the share form opens and closes (also when the panel goes away with the form open). */
  readonly onEditingChange?: (editing: boolean) => void;
  /** The page's origin, where the embedded simulator lives; defaults to `location.origin`. */
  readonly origin?: string;
}

/** Reports `editing` to `onEditingChange`, and `false` when the panel unmounts with the form open. */
function useEditingReport(editing: boolean, onEditingChange: SharePanelProps['onEditingChange']): void {
  const report = useRef(onEditingChange);
  report.current = onEditingChange;
  useEffect(() => {
    report.current?.(editing);
  }, [editing]);
  useEffect(
    () => () => {
      report.current?.(false);
    },
    [],
  );
}

/**
 * "Share with Siebel" for the open item: whether (and with what) it is shared, read from the local
 * data every time the item is opened, by every key the item has (share key, internet message id,
 * item id); sharing creates the activity, sharing again changes the links of the same activity,
 * and each share is recorded on the item (custom property and category) so it follows the item. The panel belongs to one item: its parent mounts a new one (keyed by the
 * item) when the selection changes, so a half-filled form is never applied to another item, and
 * sharing stops if the selection changed while the body was read. The standalone page's sample
 * item is refused unless the task pane is connected to the embedded simulator.
 */
export function SharePanel({
  item,
  db,
  pkg,
  types,
  contacts,
  onChanged,
  onEditingChange,
  origin = globalThis.location?.origin ?? '',
}: SharePanelProps) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const { host, share: settings = DEFAULT_SHARE_SETTINGS } = useAppServices();
  const serverUrl = useSession().options?.serverUrl ?? null;
  const dataVersion = useDataVersion();
  const [refreshes, setRefreshes] = useState(0);
  const [editing, setEditing] = useState(false);
  // Why: when the form closes (shared, or cancelled) its buttons go away and the focus fell back to
  // the page's body. It returns to the button that opens the form, now "Change links", under the
  // line that tells what the item is shared with.
  const focusReturn = useReturnFocus<HTMLButtonElement>();
  // The line is a new element after a share (the panel reads the share again behind a spinner), and
  // screen readers do not announce a live region that arrives with its text: the button the focus
  // returns to is described by it, so the result is read out with the button.
  const sharedLineId = useId();
  const closeForm = () => {
    focusReturn.returnHere();
    setEditing(false);
  };
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ShareFailure | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const keys = useMemo(() => shareLookupKeys(item), [item]);
  const shared = useAsync(
    () => readShare(db, pkg, types, keys),
    [db, pkg, types, keys.join('\n'), dataVersion, refreshes],
  );
  const suggestions = useMemo(() => shareSuggestions(contacts, (role) => t('email.role', { role })), [contacts, t]);
  useEditingReport(editing, onEditingChange);
  const refusal = sampleShareRefusal(item, serverUrl, origin);
  if (item.itemKey === '') return <Caption1>{t('email.share.saveFirst')}</Caption1>;
  if (refusal) {
    return (
      <section className={styles.root} aria-label={t('email.share.title')}>
        <Body1 role="note">
          {t('email.sample.refused', {
            origin: refusal.origin,
            server: refusal.server ?? t('email.sample.noServer'),
          })}
        </Body1>
      </section>
    );
  }
  if (shared.status === 'loading') return <Spinner size="tiny" label={t('email.share.checking')} />;
  if (shared.status === 'failed') return <FailureNote lead={t('email.share.checkFailed')} error={shared.error} />;
  const itemType = item.itemType === 'appointment' ? 'meeting' : 'email';
  const current = shared.value;
  const submit = async (picks: SharePicks) => {
    setBusy(true);
    setFailure(null);
    try {
      const body = await host.currentItemBody();
      // Outlook reads the body of whatever is selected now: make sure it is still this item.
      if ((await host.currentItem())?.itemKey !== item.itemKey) {
        setFailure({ kind: 'selectionChanged' });
        return;
      }
      // Stored under the key the item carries, or the one a local share was made under (see chooseShareKey).
      const shareKey = await chooseShareKey(item, (await db.sharedItem(keys))?.itemKey ?? null);
      await shareItem(
        { db, pkg, shareKeyField: settings.keyField },
        shareRequest(item, body, picks, new Date(), shareKey),
      );
      // Then on the item itself, so its sent copy, a moved copy and other Outlooks know it; best-effort.
      const marked = host.markShared
        ? await host.markShared({ shareKey, category: settings.category }).catch((e: unknown) => ({
            recorded: false,
            category: 'failed' as const,
            problem: (e as Error)?.message ?? String(e),
          }))
        : null;
      setNote(categoryNote(marked, itemType, settings.category, translator));
      closeForm();
      setRefreshes((n) => n + 1);
      onChanged?.();
    } catch (e) {
      setFailure({ kind: 'failed', error: e });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.root} aria-label={t('email.share.title')}>
      {current ? (
        <SharedLine id={sharedLineId} shared={current} />
      ) : (
        <Body1>{t('email.share.notShared', { itemType })}</Body1>
      )}
      {!editing && (
        <div className={styles.line}>
          <Button
            ref={focusReturn.target}
            aria-describedby={current ? sharedLineId : undefined}
            appearance={current ? 'secondary' : 'primary'}
            onClick={() => setEditing(true)}
          >
            {t(current ? 'email.share.changeLinks' : 'email.share.title')}
          </Button>
        </div>
      )}
      {editing && (
        <ShareForm
          db={db}
          pkg={pkg}
          types={types}
          options={current ? mergeOptions(suggestions, current.links) : suggestions}
          initial={current ? picksOf(current.links) : suggestions.picks}
          submitLabel={t(current ? 'email.share.saveLinks' : 'email.share.share')}
          busy={busy}
          onSubmit={(picks) => void submit(picks)}
          onCancel={closeForm}
        />
      )}
      {note && <Caption1 role="note">{note}</Caption1>}
      {failure?.kind === 'selectionChanged' && (
        <Body1 role="alert">
          {t('email.share.selectionChanged', { subject: item.subject || t('email.noSubject') })}
        </Body1>
      )}
      {failure?.kind === 'failed' && <FailureNote lead={t('email.share.failed')} error={failure.error} />}
    </section>
  );
}

function SharedLine({ id, shared }: { readonly id: string; readonly shared: Shared }) {
  const styles = useStyles();
  const translator = useTranslator();
  const { t } = translator;
  const { account, opportunity, contacts } = shared.links;
  const names = [account, opportunity, ...contacts].filter((o): o is PickOption => o !== null).map((o) => o.name);
  return (
    <div id={id} className={styles.line} role="status">
      <Body1>
        {names.length > 0
          ? t('email.share.linked', {
              name: shared.activityName,
              names: nameList(translator, names),
            })
          : t('email.share.unlinked', { name: shared.activityName })}
      </Body1>
      {shared.state.pending && (
        <Badge appearance="tint" color="warning" size="small">
          {t('edit.pending')}
        </Badge>
      )}
    </div>
  );
}
