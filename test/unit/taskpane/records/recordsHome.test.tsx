// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openStore, readPersonalRecords, type DataDatabase } from '../../../../src/store';
import { RecordsView } from '../../../../src/taskpane/components/records/RecordsView';
import { fakeLayout, renderWithApp } from './support/renderWithApp';
import { useSeededStore } from './support/useSeededStore';

const seeded = useSeededStore(60, fakeLayout);

const searchBox = () => screen.findByRole('searchbox', { name: 'Search all records' });
const results = () => screen.findByRole('region', { name: 'Search results' });

describe('the Records home', () => {
  it('shows Skeleton rows while the data opens, then the search box', async () => {
    let open: (db: DataDatabase) => void = () => undefined;
    vi.spyOn(seeded.store, 'activeDatabase').mockReturnValue(new Promise((resolve) => (open = resolve)));
    await renderWithApp(<RecordsView />, { store: seeded.store });
    expect(screen.getByRole('progressbar', { name: 'Loading your records' })).toBeTruthy();
    open(seeded.db);
    await searchBox();
    expect(screen.queryByRole('progressbar', { name: 'Loading your records' })).toBeNull();
  });

  it('says what to do before any data, with a Sync now button', async () => {
    const empty = await openStore({ indexedDB: new IDBFactory(), IDBKeyRange, namePrefix: 'home-empty-' });
    try {
      await renderWithApp(<RecordsView />, { store: empty });
      expect(await screen.findByRole('heading', { name: 'No CRM data on this computer yet' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    } finally {
      empty.close();
    }
  });

  it('finds every type at once, grouped, and counts them in a live region', async () => {
    await renderWithApp(<RecordsView />, { store: seeded.store });
    // "Account 0012", "Deal 0012" and an activity about 0012; "First0012" does not start with it.
    fireEvent.change(await searchBox(), { target: { value: '0012' } });
    const found = await results();
    await waitFor(() => expect(within(found).getByRole('status').textContent).toBe('3 records found in 3 types'));
    expect(
      within(found)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Accounts (1)', 'Opportunities (1)', 'Activities (1)']);
    // The type list is out of the way while the results show.
    expect(screen.queryByLabelText('Show')).toBeNull();
  });

  it('opens a result, lists it as recent, and pins it as a favourite kept for the user', async () => {
    await renderWithApp(<RecordsView />, { store: seeded.store });
    fireEvent.change(await searchBox(), { target: { value: 'first0007' } });
    fireEvent.click(await within(await results()).findByRole('button', { name: /^First0007 Last0007/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'First0007 Last0007' })).toBeTruthy();
    const star = screen.getByRole('button', { name: 'Favourite' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(star);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Favourite' }).getAttribute('aria-pressed')).toBe('true'),
    );
    fireEvent.click(screen.getByRole('button', { name: /Back to Search results/ }));
    fireEvent.change(await searchBox(), { target: { value: '' } });
    const favourites = await screen.findByRole('list', { name: 'Favourites' });
    expect(within(favourites).getByRole('button', { name: /^First0007 Last0007/ })).toBeTruthy();
    const stored = await readPersonalRecords(seeded.store, seeded.db.identity);
    expect(stored.favourites.map((r) => r.id)).toEqual(['C-0007']);
    expect(stored.recent.map((r) => r.id)).toEqual(['C-0007']);
  });

  it('offers Clear search and the other types when a type list finds nothing', async () => {
    await renderWithApp(<RecordsView />, { store: seeded.store });
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Search Accounts' }), {
      target: { value: 'first0003' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Search all types' }));
    const found = await results();
    expect(await within(found).findByRole('button', { name: /^First0003 Last0003/ })).toBeTruthy();
    expect(((await searchBox()) as HTMLInputElement).value).toBe('first0003');
  });
});
