// Set by webpack's DefinePlugin (webpack.config.js) in the pages it builds; absent when the sources run
// unbundled (tests, the CLI through tsx), where the caller names its own version.
declare const __ADDIN_VERSION__: string | undefined;
declare const __ADDIN_BUILD__: string | undefined;

/** The add-in's version and build, as the helpdesk's diagnostic report names them. */
export function addinVersion(): { readonly version: string; readonly build: string } {
  return {
    version: typeof __ADDIN_VERSION__ === 'string' ? __ADDIN_VERSION__ : 'unbundled',
    build: typeof __ADDIN_BUILD__ === 'string' ? __ADDIN_BUILD__ : 'from source',
  };
}
