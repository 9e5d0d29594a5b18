import { AddinError } from '../../shared';
import type { PackageProblem } from '../types';

/** How many problems the message spells out; the rest stay in `problems`. */
const SHOWN_IN_MESSAGE = 3;

/**
 * A customization package that cannot be used. Every problem found in the package is collected
 * first and reported together, so an administrator can fix them all in one round.
 */
export class PackageError extends AddinError {
  override name = 'PackageError';

  constructor(
    readonly problems: readonly PackageProblem[],
    options?: { cause?: unknown },
  ) {
    super('PackageFormat', formatMessage(problems), options);
  }
}

function formatMessage(problems: readonly PackageProblem[]): string {
  const shown = problems
    .slice(0, SHOWN_IN_MESSAGE)
    .map((p) => `${p.file}${p.path === '/' ? '' : ` ${p.path}`}: ${p.message}`)
    .join('; ');
  const more = problems.length > SHOWN_IN_MESSAGE ? `; and ${problems.length - SHOWN_IN_MESSAGE} more` : '';
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return (
    `The customization package cannot be used: ${count} (${shown}${more})` +
    ' — ask your CRM administrator to fix and republish the package'
  );
}
