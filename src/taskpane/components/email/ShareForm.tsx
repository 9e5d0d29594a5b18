import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { findObject, formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { SharePicker, type PickOption } from './SharePicker';
import type { SharePicks, ShareTypes } from './shareSuggestions';

/** Search results offered per picker. */
export const SHARE_SEARCH_LIMIT = 8;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The options of the three pickers. */
export interface ShareOptions {
  readonly contacts: readonly PickOption[];
  readonly accounts: readonly PickOption[];
  readonly opportunities: readonly PickOption[];
}

/** Props of {@link ShareForm}. */
export interface ShareFormProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly types: ShareTypes;
  readonly options: ShareOptions;
  readonly initial: SharePicks;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly onSubmit: (picks: SharePicks) => void;
  readonly onCancel: () => void;
}

function useSearch(db: DataDatabase, pkg: CustomizationPackage, typeId: string | null) {
  return useCallback(
    async (text: string): Promise<PickOption[]> => {
      if (!typeId) return [];
      const key = findObject(pkg, typeId)?.primaryKey ?? 'Id';
      const records = await db.search(typeId, { text, limit: SHARE_SEARCH_LIMIT });
      return records.map((r) => ({ id: String(r[key]), name: formatRecordName(pkg, typeId, r) || String(r[key]) }));
    },
    [db, pkg, typeId],
  );
}

function withAdded(list: readonly PickOption[], added: PickOption | undefined): readonly PickOption[] {
  return added && !list.some((o) => o.id === added.id) ? [...list, added] : list;
}

/** Choosing what a shared item is linked to: one account, one opportunity, any number of contacts. */
export function ShareForm({ db, pkg, types, options, initial, submitLabel, busy, onSubmit, onCancel }: ShareFormProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const [offered, setOffered] = useState<ShareOptions>(options);
  const [picks, setPicks] = useState<SharePicks>(initial);
  const searchAccounts = useSearch(db, pkg, types.account);
  const searchDeals = useSearch(db, pkg, types.opportunity);
  const searchContacts = useSearch(db, pkg, types.contact);
  // Why: the button that opened the form is gone once it shows, and the focus fell back to the page's
  // body. It moves to the form's first choice (a radio group's checked radio, its tab stop).
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input:not([type="radio"]), input[type="radio"]:checked, button')?.focus();
  }, []);
  return (
    <form
      ref={form}
      className={styles.root}
      aria-label={t('email.share.title')}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(picks);
      }}
    >
      {types.account && (
        <SharePicker
          label={t('email.share.account')}
          multiple={false}
          options={offered.accounts}
          selected={picks.accountId ? [picks.accountId] : []}
          search={searchAccounts}
          disabled={busy}
          onChange={(ids, added) => {
            setOffered((o) => ({ ...o, accounts: withAdded(o.accounts, added) }));
            setPicks((p) => ({ ...p, accountId: ids[0] ?? null }));
          }}
        />
      )}
      {types.opportunity && (
        <SharePicker
          label={t('email.share.opportunity')}
          multiple={false}
          options={offered.opportunities}
          selected={picks.opportunityId ? [picks.opportunityId] : []}
          search={searchDeals}
          disabled={busy}
          onChange={(ids, added) => {
            setOffered((o) => ({ ...o, opportunities: withAdded(o.opportunities, added) }));
            setPicks((p) => ({ ...p, opportunityId: ids[0] ?? null }));
          }}
        />
      )}
      {types.contact && (
        <SharePicker
          label={t('email.share.contacts')}
          multiple
          options={offered.contacts}
          selected={picks.contactIds}
          search={searchContacts}
          disabled={busy}
          onChange={(ids, added) => {
            setOffered((o) => ({ ...o, contacts: withAdded(o.contacts, added) }));
            setPicks((p) => ({ ...p, contactIds: ids }));
          }}
        />
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {submitLabel}
        </Button>
        <Button type="button" disabled={busy} onClick={onCancel}>
          {t('edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
