import type { common as english } from '../en/common';

export const common: Record<keyof typeof english, string> = {
  'common.back': '戻る',
  'common.next': '次へ',
  'common.cancel': 'キャンセル',
  'common.save': '保存',
  'common.tryAgain': '再試行',
  'common.serverUrl': 'Siebel サーバーの URL',
  'common.userName': 'ユーザー名',
  'common.password': 'パスワード',
  'common.rememberPassword': 'このコンピューターにパスワードを保存する',
  'common.setByAdministrator': 'CRM 管理者が設定しています',
};
