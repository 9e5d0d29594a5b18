import type { DeletionCheckState } from '../../../store';

/*
 * When a type's hard deletions are looked for (docs/sync.md, "Incremental changes and deletions").
 * The full Id listing is the only proof of what the server no longer shows, and it costs a request
 * per page of every visible Id: it runs once per `deletionCheckHours`. In between, each run checks
 * a slice of the local Ids, rotating so that every local Id is checked SLICE_ROTATIONS times per
 * period, each run's slice sized by the time since the last check (so the cost per day does not
 * depend on how often a rep synchronizes) and never smaller than a page (a request is the cost).
 * Everything here is on the client's clock and only durations are used.
 */

/** How many times the slices go round the local Ids per `deletionCheckHours`. */
export const SLICE_ROTATIONS = 2;

const HOUR_MS = 60 * 60 * 1000;

/** An Id range of the type: `(after, upTo]`, '' = unbounded on that side. */
export interface IdRange {
  readonly after: string;
  readonly upTo: string;
}

/** Which check a run makes for one type. */
export type DeletionPlan =
  { readonly check: 'full' } | { readonly check: 'slice'; readonly range: IdRange } | { readonly check: 'none' };

/** What the plan of one type is made from. */
export interface DeletionPlanInput {
  readonly state: DeletionCheckState | undefined;
  /** The filter the type is synchronized with now (`filterKeyOf`). */
  readonly filterKey: string;
  readonly nowMs: number;
  /** `sync.deletionCheckHours`; 0 = a full listing on every run. */
  readonly hours: number;
  /** The type's local Ids, sorted (IndexedDB's primary-key order). */
  readonly localKeys: readonly string[];
  /** Ids one request lists (the Id page size the server accepts). */
  readonly pageIds: number;
}

/**
 * The check of one type in an incremental run: a full listing when none was made yet for the
 * current filter, when the period has passed (or the clock went back), or with a 0 period; else
 * the next slice when enough time has passed to be worth a page; else none.
 *
 * @example
 * planDeletionCheck({ state, filterKey, nowMs, hours: 24, localKeys, pageIds: 100 });
 */
export function planDeletionCheck(input: DeletionPlanInput): DeletionPlan {
  const { state, nowMs, hours, localKeys } = input;
  const periodMs = hours * HOUR_MS;
  if (periodMs <= 0 || !state || state.filterKey !== input.filterKey) return { check: 'full' };
  if (nowMs < state.fullAtMs || nowMs - state.fullAtMs >= periodMs) return { check: 'full' };
  const n = localKeys.length;
  if (n === 0) return { check: 'none' };
  const share = (n * Math.max(0, nowMs - state.sliceAtMs) * SLICE_ROTATIONS) / periodMs;
  if (share < Math.min(input.pageIds, n)) return { check: 'none' };
  const count = Math.min(n, Math.ceil(share));
  let start = firstAbove(localKeys, state.sliceCursor);
  if (start >= n) start = 0;
  const end = Math.min(n, start + count) - 1;
  const range = { after: start === 0 ? '' : state.sliceCursor, upTo: end === n - 1 ? '' : localKeys[end] };
  return range.after === '' && range.upTo === '' ? { check: 'full' } : { check: 'slice', range };
}

/** The state a check leaves (`none` leaves it as it was, so the time keeps adding up). */
export function stateAfterCheck(
  plan: DeletionPlan,
  input: Pick<DeletionPlanInput, 'state' | 'filterKey' | 'nowMs'>,
): DeletionCheckState | undefined {
  if (plan.check === 'none') return input.state;
  if (plan.check === 'full')
    return {
      fullAtMs: input.nowMs,
      filterKey: input.filterKey,
      sliceCursor: input.state?.sliceCursor ?? '',
      sliceAtMs: input.nowMs,
    };
  return { ...(input.state as DeletionCheckState), sliceCursor: plan.range.upTo, sliceAtMs: input.nowMs };
}

/** An initial download reads every visible record: it counts as a full listing made when it began. */
export function stateAfterInitialDownload(filterKey: string, begunMs: number): DeletionCheckState {
  return { fullAtMs: begunMs, filterKey, sliceCursor: '', sliceAtMs: begunMs };
}

/** Index of the first key greater than `cursor` in sorted `keys` ('' = 0). */
function firstAbove(keys: readonly string[], cursor: string): number {
  if (cursor === '') return 0;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] <= cursor) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
