import { configure } from '@testing-library/dom';

// findBy*/waitFor give up after 1 s by default; on a busy 2-core CI machine a Dexie query plus a
// React render can take longer. A longer ceiling costs nothing when the UI is fast.
configure({ asyncUtilTimeout: 5_000 });
