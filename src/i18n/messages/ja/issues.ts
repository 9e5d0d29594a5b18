import type { issues as english } from '../en/issues';

export const issues: Record<keyof typeof english, string> = {};
