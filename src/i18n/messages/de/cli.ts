import type { cli as english } from '../en/cli';

export const cli: Record<keyof typeof english, string> = {};
