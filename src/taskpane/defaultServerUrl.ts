/**
 * The EAI endpoint of the simulator served on the page's own origin (`npm start`), so a fresh
 * install can connect without typing a URL. A real deployment replaces it once; it is then remembered.
 */
export function defaultServerUrl(origin: string): string {
  return `${origin}/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`;
}
