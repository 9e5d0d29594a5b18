import type { errors as english } from '../en/errors';

export const errors: Record<keyof typeof english, string> = {
  'error.unknown.title': '問題が発生しました',
  'error.unknown.whatToDo': 'もう一度お試しください。再び発生する場合は、詳細をコピーして管理者に連絡してください。',
  'error.details': '詳細',
};
