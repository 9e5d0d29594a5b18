import type * as fc from 'fast-check';
import { resolveIssueAction } from './issueResolutions';
import { localActions, type LocalAction } from './localActions';
import { ModelCommand } from './ModelCommand';

/** A local action as a step of its own, between syncs (it needs a database to edit). */
function asCommand(action: fc.Arbitrary<LocalAction>): fc.Arbitrary<ModelCommand> {
  return action.map((a) => new ModelCommand(a.label, (model, world) => a.apply(model, world), true));
}

const { createLocal, editLocal, editPending, editShared, refusedValue, createNamesake, deleteLocal, share } =
  localActions;

/** What the user does in the task pane: edits (`localActions.ts`) and issue resolutions (`issueResolutions.ts`). */
export const localCommands = {
  /** The everyday ones, weighed more by runSchedule. */
  common: [createLocal, editLocal, deleteLocal].map(asCommand),
  rare: [editPending, editShared, refusedValue, createNamesake, share, resolveIssueAction].map(asCommand),
};
