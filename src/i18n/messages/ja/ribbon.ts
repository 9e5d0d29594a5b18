import type { ribbon as english } from '../en/ribbon';

// 各メッセージは 150 文字以内 (Outlook の上限)。「Sync」はボタンのラベルです (manifest.xml)。
export const ribbon: Record<keyof typeof english, string> = {
  'ribbon.running': 'CRM Desktop: 同期しています…',
  'ribbon.progress': 'CRM Desktop: {progress}',
  'ribbon.signIn':
    'CRM Desktop: 先にサインインしてください。CRM Desktop の作業ウィンドウでパスワードを入力し (「パスワードを保存する」をオン)、もう一度 [Sync] をクリックしてください。',
  'ribbon.alreadyRunning':
    'CRM Desktop: 同期はすでに実行中です。進行状況は作業ウィンドウに表示されます。完了後にもう一度 [Sync] をクリックしてください。',
  'ribbon.timeLimit':
    'CRM Desktop: リボン コマンドの制限時間に達したため、同期を一時停止しました。続行するには、もう一度 [Sync] をクリックするか CRM Desktop を開いてください。',
  'ribbon.timeLimitRecords':
    '{total, select, known {CRM Desktop: 制限時間までに {type} を {written, number} / {expected, number} 件同期しました。続行するには、もう一度 [Sync] をクリックするか CRM Desktop を開いてください。} other {CRM Desktop: 制限時間までに {type} を {written, number} 件同期しました。続行するには、もう一度 [Sync] をクリックするか CRM Desktop を開いてください。}}',
  'ribbon.signInTooSlow':
    'CRM Desktop: サインインに [Sync] ボタンの制限時間のほとんどを使ったため、何も同期されませんでした。もう一度 [Sync] をクリックしてください。',
  'ribbon.succeeded':
    '{issues, plural, =0 {CRM Desktop: 同期完了: {counts}} other {CRM Desktop: 同期完了: {counts} (問題のあるレコード # 件: 作業ウィンドウを参照)}}',
  'ribbon.cancelled':
    'CRM Desktop: 同期はキャンセルされました。準備ができたら、もう一度 [Sync] をクリックしてください。',
  'ribbon.failed': 'CRM Desktop: {details}',
  'ribbon.failedTitled': 'CRM Desktop: {title} ({details})',
  'ribbon.failedWithoutError': 'CRM Desktop: 同期に失敗しました。詳細は作業ウィンドウで確認してください。',
};
