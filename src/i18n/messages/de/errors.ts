import type { errors as english } from '../en/errors';

export const errors: Record<keyof typeof english, string> = {};
