/**
 * Whether a sales stage means the opportunity is still open. Siebel's stage values are a
 * per-installation pick list (e.g. "07 - Closed/Won", "08 - Closed/Lost"), so "open" is defined by
 * the words every standard closing stage carries: a stage naming closed, won or lost is closed;
 * any other stage, and no stage at all, is open.
 */
export function isOpenOpportunity(salesStage: unknown): boolean {
  if (typeof salesStage !== 'string') return true;
  return !/\b(closed|won|lost)\b/i.test(salesStage);
}
