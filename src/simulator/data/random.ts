/**
 * A deterministic random stream for record `index` of type `typeNo` under `seed`: every value of a
 * generated record comes from here, so a record is a pure function of (seed, type, index).
 */
export function recordRandom(seed: number, typeNo: number, index: number): () => number {
  let state = mix(mix(seed ^ 0x9e3779b9) ^ mix(typeNo * 0x85ebca6b + 1) ^ mix(index + 0x27d4eb2f));
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** One element of a list, picked by a random number in [0, 1). */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}
