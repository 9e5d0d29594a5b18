import type { records as english } from '../en/records';

export const records: Record<keyof typeof english, string> = {};
