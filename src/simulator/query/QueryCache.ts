/** A cached QueryPage result set: the matching refs in their sort order (data-sync.md §3). */
export interface QueryCache {
  /** The arguments that must be equal for `NewQuery=false` to reuse it. */
  readonly key: string;
  readonly typeId: string;
  readonly refs: Int32Array;
}
