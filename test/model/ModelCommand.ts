import type * as fc from 'fast-check';
import { checkSessions, checkSharesAndDuplicates, settleChanges, stats } from './checkInvariants';
import type { ModelState } from './ModelState';
import type { ModelWorld } from './modelWorld';

/**
 * One step of a schedule: `act` changes the real system (and the model), then the invariants that
 * hold after every command are checked. `toString` is what a failing run prints, so it names the
 * step with its arguments.
 */
export class ModelCommand implements fc.AsyncCommand<ModelState, ModelWorld> {
  constructor(
    private readonly label: string,
    private readonly act: (model: ModelState, world: ModelWorld) => Promise<void>,
    private readonly needsDatabase = false,
    /** More to print after a run (a scheduled run's interleaving), shown in a failure's command list. */
    private readonly details?: () => string,
  ) {}

  check(model: Readonly<ModelState>): boolean {
    return !this.needsDatabase || model.hasDatabase;
  }

  async run(model: ModelState, world: ModelWorld): Promise<void> {
    stats.commands += 1;
    model.trace.push(this.label);
    await this.act(model, world);
    checkSessions(world);
    const ctx = await world.context();
    model.hasDatabase = ctx !== null;
    if (!ctx) return;
    await settleChanges(model, world, ctx);
    await checkSharesAndDuplicates(model, world, ctx);
  }

  toString(): string {
    const details = this.details?.() ?? '';
    return details === '' ? this.label : `${this.label} ${details}`;
  }
}
