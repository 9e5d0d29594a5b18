import { assertNever } from '../../../shared';
import type { LocalIssue } from '../../../store';

/** Which form of an issue card applies (the actions follow from it). */
export type IssueForm =
  /** failure: Retry, Discard my change. */
  | 'failure'
  /** changed here and in Siebel: choose per field, Apply; Discard my change. */
  | 'fieldConflict'
  /** changed here, deleted in Siebel: Create it again, Accept the deletion. */
  | 'deletedInSiebel'
  /** deleted here, changed in Siebel: Delete anyway, Keep Siebel's record. */
  | 'deletedHere'
  /** duplicate: Use this record (per match), Create anyway. */
  | 'duplicate';

/** The card form of an issue, by its kind, its operation and whether the server still has the record. */
export function issueForm(issue: LocalIssue): IssueForm {
  switch (issue.kind) {
    case 'failure':
      return 'failure';
    case 'duplicate':
      return 'duplicate';
    case 'conflict':
      if (issue.server === null) return 'deletedInSiebel';
      return issue.operation === 'delete' ? 'deletedHere' : 'fieldConflict';
    default:
      return assertNever(issue.kind);
  }
}
