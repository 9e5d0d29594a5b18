import type { dialog as english } from '../en/dialog';

export const dialog: Record<keyof typeof english, string> = {};
