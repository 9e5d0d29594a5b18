// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseAdminSettings } from '../../../../src/sync';
import { RecordsView } from '../../../../src/taskpane/components/records/RecordsView';
import { fakeLayout, renderWithApp } from './support/renderWithApp';
import { useSeededStore } from './support/useSeededStore';

const seeded = useSeededStore(300, fakeLayout);

const list = () => screen.findByRole('list', { name: 'Accounts' });
const rowNames = (container: HTMLElement) =>
  within(container)
    .queryAllByRole('button')
    .map((b) => b.querySelector('span')?.textContent);

describe('RecordsView', () => {
  it('offers the package object types by their plural labels', async () => {
    await renderWithApp(<RecordsView />, { store: seeded.store });
    const picker = await screen.findByLabelText('Show');
    expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Accounts',
      'Contacts',
      'Opportunities',
      'Activities',
    ]);
  });

  it('renders only a window of a 300-record list, sorted by name, and reads only the pages in view', async () => {
    vi.spyOn(seeded.store, 'activeDatabase').mockResolvedValue(seeded.db);
    const pages = vi.spyOn(seeded.db, 'list');
    await renderWithApp(<RecordsView />, { store: seeded.store });
    const accounts = await list();
    await waitFor(() => expect(rowNames(accounts)[0]).toBe('Account 0000 (Paris)'));
    const rendered = within(accounts).getAllByRole('button').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    expect(screen.getByText('300 accounts')).toBeTruthy();
    expect(rowNames(accounts).slice(0, 3)).toEqual([
      'Account 0000 (Paris)',
      'Account 0001 (Berlin)',
      'Account 0002 (Paris)',
    ]);
    expect(pages.mock.calls.map(([, options]) => options)).toEqual([{ orderBy: 'Name', offset: 0, limit: 50 }]);

    const scroller = accounts.parentElement as HTMLElement;
    scroller.scrollTop = 200 * 52;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(rowNames(accounts)).toContain('Account 0201 (Berlin)'));
    // Rows 194–215 (with overscan) are in view: pages 150 and 200 are read, 50 and 100 never.
    expect(pages.mock.calls.map(([, options]) => options.offset)).toEqual([0, 150, 200]);
  });

  it('searches the searchable fields through the store index after a short pause and shows the matches', async () => {
    await renderWithApp(<RecordsView />, { store: seeded.store });
    const accounts = await list();
    await waitFor(() => expect(rowNames(accounts).length).toBeGreaterThan(0));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search Accounts' }), { target: { value: 'account 012' } });
    await waitFor(() =>
      expect(rowNames(accounts)).toEqual(
        Array.from({ length: 10 }, (_, i) => `Account 012${i} (${i % 2 ? 'Berlin' : 'Paris'})`),
      ),
    );
    expect(screen.getByText('Matches for "account 012"')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search Accounts' }), { target: { value: 'zzz' } });
    expect(await screen.findByText('No accounts start with "zzz".')).toBeTruthy();
  });

  it('opens a record from its row button (Enter and Space press it) and lays it out by the form groups with formatted values', async () => {
    await renderWithApp(<RecordsView />, { store: seeded.store });
    const accounts = await list();
    await waitFor(() => expect(rowNames(accounts).length).toBeGreaterThan(0));
    const row = within(accounts).getAllByRole('button')[1];
    expect(row.tagName).toBe('BUTTON');
    row.click();
    const heading = await screen.findByRole('heading', { level: 2, name: 'Account 0001 (Berlin)' });
    expect(heading).toBeTruthy();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups.slice(0, 2)).toEqual(['Account', 'Classification']);
    const main = screen.getByRole('region', { name: 'Account' });
    expect([...main.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Account Name',
      'Site',
      'Main Phone',
    ]);
    expect([...main.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual([
      'Account 0001',
      'Berlin',
      '+49 30 0001',
    ]);
  });

  it('links a record to the Siebel web client when the administrator set a pattern for its type, and not otherwise', async () => {
    const admin = parseAdminSettings(
      {
        openInSiebel: {
          Account: 'https://crm.example.com/sales/enu?SWECmd=GotoView&SWEView=Account+Detail+View&SWERowId={id}',
        },
      },
      'deployment.json',
    );
    await renderWithApp(<RecordsView />, { store: seeded.store, admin });
    const accounts = await list();
    await waitFor(() => expect(rowNames(accounts).length).toBeGreaterThan(0));
    within(accounts).getAllByRole('button')[1].click();
    await screen.findByRole('heading', { level: 2, name: 'Account 0001 (Berlin)' });
    const link = screen.getByRole('link', { name: 'Open in Siebel' });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/crm\.example\.com\/sales\/enu\?.*&SWERowId=[^&{}]+$/);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    screen.getByRole('button', { name: /Back to/ }).click();
    fireEvent.change(await screen.findByLabelText('Show'), { target: { value: 'Contact' } });
    const contacts = await screen.findByRole('list', { name: 'Contacts' });
    await waitFor(() => expect(within(contacts).getAllByRole('button').length).toBeGreaterThan(0));
    within(contacts).getAllByRole('button')[0].click();
    await screen.findByRole('button', { name: 'Edit' });
    expect(screen.queryByRole('link', { name: 'Open in Siebel' })).toBeNull();
  });

  it("lists an account's contacts, opportunities and activities and opens a related record", async () => {
    await renderWithApp(<RecordsView />, { store: seeded.store });
    const accounts = await list();
    await waitFor(() => expect(rowNames(accounts).length).toBeGreaterThan(0));
    within(accounts).getAllByRole('button')[1].click();
    expect(await screen.findByRole('heading', { name: 'Contacts (1)' })).toBeTruthy();
    // Opportunities point at A-0000…A-0049 round robin: account 1 has deals 1, 51, 101, 151, 201, 251.
    expect(await screen.findByRole('heading', { name: 'Opportunities (6)' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Activities (4)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'First0001 Last0001' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'First0001 Last0001' })).toBeTruthy();
    // The contact's account is a link named by the account's name format, back to the account.
    const reach = screen.getByRole('region', { name: 'Contact Details' });
    expect(within(reach).getByText('person0001@example.com')).toBeTruthy();
    fireEvent.click(await within(reach).findByRole('button', { name: 'Account 0001 (Berlin)' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Account 0001 (Berlin)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'First0001 Last0001' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    fireEvent.click(screen.getByRole('button', { name: '← Back to Accounts' }));
    // No record's heading is left; the home's only heading is its list of records opened lately.
    await waitFor(() =>
      expect(screen.queryAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Recent']),
    );
    expect(screen.getByRole('list', { name: 'Accounts' })).toBeTruthy();
  });

  it('renders markup in CRM data as text and never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await seeded.db.writeBatch({
      puts: [
        {
          typeId: 'Account',
          records: [
            {
              Id: 'A-!',
              Updated: null,
              Name: evil,
              Location: null,
              MainPhoneNumber: null,
              Type: null,
              AccountStatus: null,
            },
          ],
        },
      ],
    });
    await renderWithApp(<RecordsView />, { store: seeded.store });
    const accounts = await list();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search Accounts' }), { target: { value: '<img' } });
    await waitFor(() => expect(rowNames(accounts)).toEqual([evil]));
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    within(accounts).getByRole('button').click();
    expect(await screen.findByRole('heading', { level: 2, name: evil })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('switches to another object type', async () => {
    await renderWithApp(<RecordsView />, { store: seeded.store });
    fireEvent.change(await screen.findByLabelText('Show'), { target: { value: 'Opportunity' } });
    const opportunities = await screen.findByRole('list', { name: 'Opportunities' });
    await waitFor(() => expect(rowNames(opportunities)[0]).toBe('Deal 0000'));
    expect(within(opportunities).getAllByRole('button')[0].textContent).toContain('01 - Prospecting');
  });
});
