// `npx playwright test` (`npm run test:browser`) reads this file; the configuration itself is
// test/browser/config.ts, where the type check covers it (docs/browser-tests.md).
export { default } from './test/browser/config';
