import type { edit as english } from '../en/edit';

export const edit: Record<keyof typeof english, string> = {};
