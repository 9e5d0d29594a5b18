import type { cli as english } from '../en/cli';

export const cli: Record<keyof typeof english, string> = {
  'cli.progress.phase': '{phase} ({seconds, number, ::.0 group-off} 秒)',
  'cli.progress.type':
    '{total, select, known {{phase} {type}: {written}/{expected} レコード、{pages} ページ ({seconds, number, ::.0 group-off} 秒)} other {{phase} {type}: {written} レコード、{pages} ページ ({seconds, number, ::.0 group-off} 秒)}}',
  'cli.summary.column.object': 'オブジェクト',
  'cli.summary.column.added': '新規',
  'cli.summary.column.changed': '変更',
  'cli.summary.column.removed': '削除',
  'cli.summary.column.total': '合計',
  'cli.summary.synchronization': '同期:',
  'cli.summary.run':
    '{kind, select, initial {初回} incremental {差分} other {-}}{reason, select, none {} other { ({reason})}}、{outcome, select, succeeded {成功} failed {失敗} cancelled {キャンセル} other {{outcome}}}',
  'cli.summary.packageId': 'パッケージ ID:',
  'cli.summary.hash': 'ハッシュ:',
  'cli.summary.duration': '所要時間:',
  'cli.summary.durationValue': '{seconds, number, ::.00 group-off} 秒',
  'cli.summary.sessions': 'セッション:',
  'cli.summary.sessionsValue': '開始 {opened}、終了 {closed}',
  'cli.summary.sessionsPeakValue': '開始 {opened}、終了 {closed}、同時に最大 {peak}',
  'cli.summary.requests': '要求:',
  'cli.summary.requestsValue': '{requests} (送信 {sent}、受信 {received})',
  'cli.summary.calls': '呼び出し:',
  'cli.summary.callsValue':
    'メタデータ {metadata}、クエリ {queries}、アップロード {batches}、ログオフ {logoffs} (うち失敗後の再試行 {retries})',
  'cli.summary.sent': '送信:',
  'cli.summary.sentValue': '新規 {inserted}、変更 {updated}、削除 {deleted}、未送信 {issues} (問題)',
  'cli.summary.issues': '問題 ({count} 件):',
  'cli.summary.error': 'エラー ({code}): {message}',
  'cli.bytes.B': '{value} B',
  'cli.bytes.KB': '{value} KB',
  'cli.bytes.MB': '{value} MB',
  'cli.bytes.GB': '{value} GB',
  'cli.password.prompt': 'パスワード: ',
  'cli.password.missing':
    'パスワードがありません。環境変数 {name} が設定されておらず、stdin が端末ではありません。{name} を設定するか、--password-env で別の変数を指定してください。',
  'cli.password.cancelled': 'Ctrl+C でパスワードの入力がキャンセルされました。コマンドをもう一度実行してください。',
  'cli.interrupted': '中断されました (Ctrl+C)',
  'cli.deployment.unreadable':
    '展開ファイル {path} を読み込めません ({error})。--deployment に指定したパスを確認してください。',
  'cli.deployment.notJson': '展開ファイル {path} は有効な JSON ではありません: {error}',
  'cli.whatToDo': '対処方法: {whatToDo}',
};
