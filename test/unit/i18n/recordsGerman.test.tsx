// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../../src/i18n';
import { parsePackage, type CustomizationPackage } from '../../../src/metadata';
import type { Store } from '../../../src/store';
import { RecordDetail } from '../../../src/taskpane/components/records/RecordDetail';
import { RecordsView } from '../../../src/taskpane/components/records/RecordsView';
import { TranslatorProvider } from '../../../src/taskpane/language/TranslatorProvider';
import { loadPackageFolder } from '../metadata/support/loadPackageFolder';
import { fakeLayout, renderWithApp } from '../taskpane/records/support/renderWithApp';
import { sampleRecords, seededStore } from '../taskpane/records/support/seedStore';

let opened: Store | undefined;
afterEach(() => {
  cleanup();
  opened?.close();
  opened = undefined;
});

const german = (): Promise<Catalog> => loadCatalog({ uiLocale: 'de', formattingLocale: 'de-DE' });

/** `Intl` separates the amount from its currency sign with a no-break space; compare with plain ones. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0|\u202f/g, ' ');

/**
 * The sales-rep package with an amount on the opportunity and the `Currency Code` field Siebel
 * carries next to it (as in Oracle's Opportunity), both on the opportunity's form.
 */
function packageWithRevenue(): Promise<CustomizationPackage> {
  const files = loadPackageFolder('valid/sales-rep').map((file) => {
    if (file.name === 'siebel_meta_info.xml') {
      const anchor = 'IOElemName="PrimaryRevenueCloseDate"/>';
      if (!file.content.includes(anchor)) throw new Error('the fixture changed: no close date field');
      return {
        ...file,
        content: file.content.replace(
          anchor,
          `${anchor}
    <field Name="Revenue" Label="Revenue" DataType="DTYPE_CURRENCY" IsFilterable="no" IOElemName="Revenue"/>
    <field Name="Currency Code" Label="Currency" DataType="DTYPE_TEXT" IsFilterable="no" IOElemName="CurrencyCode"/>`,
        ),
      };
    }
    if (file.name === 'forms_12.xml') {
      const anchor = '<field value="datetime">Primary Revenue Close Date</field></control></cell>';
      if (!file.content.includes(anchor)) throw new Error('the fixture changed: no close date control');
      return {
        ...file,
        content: file.content.replace(
          anchor,
          `${anchor}
                  <cell size="105"><static id="lbl_revenue"><text>Revenue</text></static></cell>
                  <cell><control class="edit" id="Revenue"><field value="string">Revenue</field></control></cell>`,
        ),
      };
    }
    return file;
  });
  return parsePackage(files);
}

describe('the records area in German', () => {
  it('shows a record with German words, a German date and the amount in the record’s currency', async () => {
    const pkg = await packageWithRevenue();
    const { Account } = sampleRecords(2);
    const deal = {
      Id: 'O-1',
      Updated: '2025-01-02T03:04:05',
      Name: 'Flottenerneuerung',
      AccountId: 'A-0001',
      SalesStage: '01 - Prospecting',
      PrimaryRevenueCloseDate: '2025-06-30',
      Description: null,
      Revenue: 1234.5,
      CurrencyCode: 'EUR',
    };
    const { store, db } = await seededStore(pkg, { Account, Opportunity: [deal] });
    opened = store;
    await renderWithApp(
      <TranslatorProvider catalog={await german()}>
        <RecordDetail
          db={db}
          pkg={pkg}
          target={{ typeId: 'Opportunity', id: 'O-1' }}
          dataVersion={1}
          onOpen={() => undefined}
          pending
        />
      </TranslatorProvider>,
      { store, language: 'de-DE' },
    );
    const article = await screen.findByRole('article');
    await within(article).findByRole('heading', { level: 2, name: 'Flottenerneuerung' });
    expect(within(article).getByText('Noch nicht synchronisiert')).toBeTruthy();
    const values = [...article.querySelectorAll('dd')].map((dd) => plain(dd.textContent));
    expect(values).toContain('30.06.2025');
    expect(values).toContain('1.234,50 €');
    // A related list without records says so in German.
    await waitFor(() => expect(within(article).getAllByText('Keine').length).toBeGreaterThan(0));
  });

  it('shows the amount as a German number when the record has no currency code', async () => {
    const pkg = await packageWithRevenue();
    const deal = {
      Id: 'O-2',
      Updated: '2025-01-02T03:04:05',
      Name: 'Ohne Währung',
      AccountId: null,
      SalesStage: null,
      PrimaryRevenueCloseDate: null,
      Description: null,
      Revenue: 98765.4,
      CurrencyCode: null,
    };
    const { store, db } = await seededStore(pkg, { Opportunity: [deal] });
    opened = store;
    await renderWithApp(
      <TranslatorProvider catalog={await german()}>
        <RecordDetail
          db={db}
          pkg={pkg}
          target={{ typeId: 'Opportunity', id: 'O-2' }}
          dataVersion={1}
          onOpen={() => undefined}
        />
      </TranslatorProvider>,
      { store, language: 'de-DE' },
    );
    const article = await screen.findByRole('article');
    await within(article).findByRole('heading', { level: 2, name: 'Ohne Währung' });
    expect([...article.querySelectorAll('dd')].map((dd) => plain(dd.textContent))).toContain('98.765,40');
  });

  it('lists, counts and searches in German', async () => {
    fakeLayout();
    const pkg = await packageWithRevenue();
    const { store } = await seededStore(pkg, sampleRecords(1200));
    opened = store;
    await renderWithApp(
      <TranslatorProvider catalog={await german()}>
        <RecordsView />
      </TranslatorProvider>,
      { store, language: 'de-DE' },
    );
    expect(await screen.findByLabelText('Anzeigen')).toBeTruthy();
    // The package's own labels (English in this package) are kept as they are, German nouns capitalized.
    expect(await screen.findByText('1.200 Accounts')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Neu: Account' })).toBeTruthy();
    const search = screen.getByRole('searchbox', { name: 'Accounts durchsuchen' });
    expect(search.getAttribute('placeholder')).toBe('Accounts durchsuchen');
    fireEvent.change(search, { target: { value: 'zzz' } });
    expect(await screen.findByText('Keine Accounts, die mit „zzz“ beginnen.')).toBeTruthy();
  });
});
