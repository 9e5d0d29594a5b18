import type { wizard as english } from '../en/wizard';

export const wizard: Record<keyof typeof english, string> = {};
