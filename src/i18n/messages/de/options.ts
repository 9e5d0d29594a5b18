import type { options as english } from '../en/options';

export const options: Record<keyof typeof english, string> = {};
