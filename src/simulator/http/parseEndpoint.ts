/** What the URL of a request says about it. */
export interface EndpointInfo {
  /** The path is one of the EAI paths (`/siebel/app/eai/<lang>[/swe]`, `/siebel/app/eai_x/<lang>`, `/eai_<lang>/start.swe`, …). */
  readonly isEai: boolean;
  /** `WSSOAP=1` is present: the Siebel session headers are processed. */
  readonly wsSoap: boolean;
}

/*
 * Application Interface (IP17+) and classic SWSE paths, any language code (field-evidence §3):
 * `/siebel/app/<application>/<lang>` with or without `/swe`, where the application is `eai` or an
 * EAI application of its own (`eai_<anything>`), and `/eai_<lang>/start.swe`, `/eai/<lang>/start.swe`.
 */
const EAI_PATHS = [
  /^\/siebel\/app\/eai(?:_[^/]+)?\/[a-z]{2,5}(?:\/swe)?\/?$/i,
  /^\/eai_[a-z]{2,5}\/start\.swe$/i,
  /^\/eai\/[a-z]{2,5}\/start\.swe$/i,
];

/** Tells whether a URL is an EAI endpoint of the simulator and whether session headers apply. */
export function parseEndpoint(url: string): EndpointInfo {
  const parsed = new URL(url);
  return {
    isEai: EAI_PATHS.some((pattern) => pattern.test(parsed.pathname)),
    wsSoap: parsed.searchParams.get('WSSOAP') === '1',
  };
}

/** True for any EAI path (the adapters route on it before handing the request to the core). */
export function isEaiPath(pathname: string): boolean {
  return EAI_PATHS.some((pattern) => pattern.test(pathname));
}
