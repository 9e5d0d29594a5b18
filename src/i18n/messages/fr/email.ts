import type { email as english } from '../en/email';

export const email: Record<keyof typeof english, string> = {};
