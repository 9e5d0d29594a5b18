import type { app as english } from '../en/app';

export const app: Record<keyof typeof english, string> = {
  'app.title': 'CRM Desktop',
  'app.tabs.label': 'CRM Desktop のビュー',
  'app.tab.records': 'レコード',
  'app.tab.email': '現在のメール',
  'app.tab.sync': '同期',
  'app.tab.issues': '問題',
  'app.tab.options': 'オプション',
  'app.tab.issues.badge': '未解決 {count, number} 件',
  'app.tabs.more': 'その他のビュー {count, number} 件',

  /* ウィンドウ下部の状態行 */
  'app.status.label': '同期の状態',
  'app.status.never': '未同期',
  'app.status.syncedJustNow': 'たった今同期しました',
  'app.status.synced': '同期: {when}',
  'app.status.failedJustNow': 'たった今同期に失敗しました',
  'app.status.failed': '同期に失敗: {when}',
  'app.status.syncing': '同期しています…',
  'app.status.syncingShare': '同期しています… {share, number, ::percent}',
  'app.status.pending': '未送信 {count, number} 件',
  'app.status.pending.hint':
    'ここで行った {count, number} 件の変更はまだ Siebel にありません。[同期] タブを開いてください。',
  'app.status.issues': '問題 {count, number} 件',
  'app.status.issues.hint': 'Siebel がそのまま受け入れられなかった変更です。[問題] タブで判断してください。',
  'app.status.offline': 'オフライン',
  'app.status.announce.syncing': '同期しています…',
  'app.status.announce.synced': '同期しました。',
  'app.status.announce.failed': '前回の同期に失敗しました。[同期] タブを参照してください。',
  'app.status.announce.issues': '{count, number} 件の同期の問題について判断が必要です。',
  'app.offline': 'オフライン: ネットワークが回復すると自動同期を再開します。',
  'app.loadingView': '{view} を読み込んでいます…',
  'app.deploymentProblem.title': 'CRM Desktop を起動できません',
};
