// Node and jsdom have no IndexedDB. Dexie looks up `indexedDB` when its module is first loaded, so a
// test that happens to import a layer reaching Dexie before `fake-indexeddb/auto` would get no
// database at all: install the fake once, before any test module loads.
import 'fake-indexeddb/auto';
