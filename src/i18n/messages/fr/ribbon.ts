import type { ribbon as english } from '../en/ribbon';

export const ribbon: Record<keyof typeof english, string> = {};
