import type { sync as english } from '../en/sync';

export const sync: Record<keyof typeof english, string> = {};
