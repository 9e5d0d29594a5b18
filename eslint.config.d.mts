// Types of eslint.config.mjs for the tests that import its layer table.
export declare const LAYERS: Readonly<Record<string, readonly string[]>>;
declare const config: unknown;
export default config;
