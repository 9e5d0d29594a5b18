import type { common as english } from '../en/common';

export const common: Record<keyof typeof english, string> = {};
