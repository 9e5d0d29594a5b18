import type { sync as english } from '../en/sync';

export const sync: Record<keyof typeof english, string> = {
  /* 進行状況 */
  'sync.progress.starting': '開始しています…',
  'sync.phase.idle': '待機中',
  'sync.phase.connecting': 'Siebel サーバーに接続しています…',
  'sync.phase.uploading': '変更内容を Siebel に送信しています…',
  'sync.phase.checkingMetadata': 'カスタマイズ パッケージを確認しています…',
  'sync.phase.applyingPackage': 'カスタマイズ パッケージをインストールしています…',
  'sync.phase.downloading': '同期しています…',
  'sync.phase.removingDeleted': 'Siebel で削除されたレコードを除去しています…',
  'sync.phase.committing': '保存しています…',
  'sync.phase.loggingOut': 'Siebel サーバーからサインアウトしています…',
  'sync.phase.done': '同期完了',
  'sync.phase.failed': '同期に失敗しました',
  'sync.phase.cancelled': '同期はキャンセルされました',
  'sync.progress.downloadingType':
    '{total, select, known {同期しています… {type}: {written, number} / {expected, number} 件} other {同期しています… {type}: {written, number} 件}}',
  'sync.progress.removingDeletedType': 'Siebel で削除されたレコードを除去しています… ({type})',
  'sync.progress.label': '同期の進行状況',
  'sync.progress.cancel': 'キャンセル',
  /* Progress per object type (the Sync tab) */
  'sync.types.label': 'オブジェクトの種類ごとの進行状況',
  'sync.types.bar': '{type} の進行状況',
  'sync.types.records': '{count, plural, other {# 件}}',
  'sync.types.recordsOf': '{written, number} / {expected, number} 件',
  'sync.types.rate': '毎秒 {rate, number} 件',
  'sync.types.timeLeft': '{minutes, plural, =0 {残り約 {seconds, number} 秒} other {残り約 # 分}}',
  'sync.types.done': '完了',
  'sync.types.downloading': 'ダウンロード中…',
  'sync.counts': '新規 {added, number} 件、変更 {changed, number} 件、削除 {removed, number} 件',
  'sync.counts.none': '変更なし',

  /* [同期] タブ */
  'sync.view.label': '同期',
  'sync.view.syncNow': '今すぐ同期',
  'sync.view.signInFirst': '同期するにはサインインしてください。[オプション] でパスワードを入力します。',
  'sync.last.title': '前回の同期',
  'sync.last.never': 'なし',
  'sync.last.succeeded': '同期完了: {counts}',
  'sync.last.failed': '{seeHistory, select, yes {失敗 — 下の履歴を参照してください} other {失敗}}',
  'sync.last.cancelled': '{seeHistory, select, yes {キャンセル — 下の履歴を参照してください} other {キャンセル}}',
  'sync.last.running': '実行中',
  'sync.local.label': 'ローカルの変更',
  'sync.local.none': '送信待ちのローカルの変更はありません。',
  'sync.local.pending': '未同期: ローカルの変更 {count, number} 件。次回の同期で送信されます。',
  'sync.local.issues': '判断が必要な同期の問題が {count, number} 件あります。[問題] タブを参照してください。',

  /* 履歴 */
  'sync.history.title': '履歴',
  'sync.history.label': '同期の履歴',
  'sync.history.loading': '同期ログを読み込んでいます',
  'sync.history.failed': '同期ログを読み込めませんでした: {error}',
  'sync.history.empty': 'まだ同期していません。',
  'sync.history.failedOnly': '失敗のみ',
  'sync.history.emptyHint': '同期するたびに、受信した内容とエラーがここに表示されます。',
  'sync.history.noFailed': '{count, plural, other {直近 # 回の同期に失敗はありません。}}',
  'sync.entry.outcome.running': '実行中',
  'sync.entry.outcome.succeeded': '成功',
  'sync.entry.outcome.failed': '失敗',
  'sync.entry.outcome.cancelled': 'キャンセル',
  'sync.entry.label': '{kind, select, initial {{when} の初回同期: {outcome}} other {{when} の差分同期: {outcome}}}',
  'sync.entry.kind': '{kind, select, initial {初回} other {差分}}',
  'sync.entry.kindWithDuration':
    '{kind, select, initial {初回、{seconds, number} 秒} other {差分、{seconds, number} 秒}}',
  'sync.entry.whatToDo': '対処方法: {help}',
  'sync.entry.issues': '同期されなかったレコード: {count, number} 件',
  'sync.entry.issue': '{type}、{recordId}: {message}',
  'sync.entry.more': 'ほか {count, number} 件',
  'sync.entry.packageWarnings': '新しいカスタマイズ パッケージ: 使用されていない要素 {count, number} 件',
  'sync.entry.packageHelp':
    'データはこれらの要素なしで同期されます。必要な要素がある場合は、ここに表示されている内容を CRM 管理者に伝えてください。',
  'sync.entry.packageWarning': '{file}: {message}',
  'sync.uploads.new': '新規 {count, number} 件',
  'sync.uploads.changed': '変更 {count, number} 件',
  'sync.uploads.deleted': '削除 {count, number} 件',
  'sync.uploads.sent': 'Siebel に送信済み: {parts}',
  'sync.uploads.sentSomeNot': 'Siebel に送信済み: {parts} · 未送信 {unsent, number} 件 ([問題] を参照)',
  'sync.uploads.noneSent': 'Siebel に送信されなかった変更: {count, number} 件 ([問題] を参照)',

  /* 対処方法 */
  'sync.help.BadCredentials':
    'Siebel でユーザー名またはパスワードが拒否されました。[オプション] でパスワードを入力し直してから (変更されたか有効期限が切れた可能性があります)、同期してください。',
  'sync.help.SessionRejected':
    'Siebel によってセッションが終了されました。もう一度同期してください。繰り返し発生する場合は、アカウントがロックされていないか管理者に確認してください。',
  'sync.help.TooManySessions':
    'Siebel サーバーでは、このユーザーのセッションをこれ以上開けません (別の Outlook または Siebel クライアントが同期中の可能性があります)。数分後にもう一度同期してください。繰り返し発生する場合は、CRM 管理者に連絡してください。',
  'sync.help.NoPublishedPackage':
    'お使いの職責に対して公開されているカスタマイズ パッケージがありません。CRM 管理者にパッケージの公開を依頼してください。',
  'sync.help.Network':
    'Siebel サーバーに接続できませんでした。ネットワークまたは VPN の接続と、[オプション] のサーバー URL を確認してから、もう一度同期してください。',
  'sync.help.Timeout':
    'Siebel サーバーが時間内に応答しませんでした。サーバーが混雑している可能性があります。数分後にもう一度同期してください。',
  'sync.help.HttpStatus':
    'サーバーから HTTP エラーが返されました。[オプション] のサーバー URL を確認してください。URL が正しい場合は、上に表示されているステータスを管理者に伝えてください。',
  'sync.help.Aborted': '要求が中断されました。もう一度同期してください。',
  'sync.help.NotSoap':
    "サーバー URL が Siebel Web サービスのエンドポイントを指していません。[オプション] で URL を確認してください (通常は …/eai_'<lang>'/start.swe または …/eai/'<lang>'/swe で終わります)。",
  'sync.help.UnexpectedSoapShape':
    'サーバーからアドインが解釈できない形式の応答がありました。このメッセージを管理者に送ってください。',
  'sync.help.XmlRefused':
    'サーバーから送られた XML は、安全上の理由でアドインが読み込みを拒否しました。このメッセージを管理者に送ってください。',
  'sync.help.XmlEncode': '要求を作成できませんでした。このメッセージを管理者に送ってください。',
  'sync.help.InvalidServerUrl':
    'サーバー URL が無効です。[オプション] で修正してください (このコンピューター上の場合を除き、HTTPS が必要です)。',
  'sync.help.InvalidWireProfile':
    'このアドインの展開設定 (ワイヤ プロファイル) が無効です。CRM 管理者に連絡してください。設定が修正されるまで、アドインは Siebel と通信できません。',
  'sync.help.PageSizeTooLarge':
    'アドインがページ サイズを下げても、Siebel サーバーに拒否されました。オブジェクト マネージャーの MaximumPageSize パラメーターを確認するよう管理者に依頼してください。',
  'sync.help.SiebelFault':
    'Siebel からエラーが報告されました (コードはメッセージに含まれています)。もう一度同期してください。繰り返し発生する場合は、このメッセージを管理者に送ってください。',
  'sync.help.PackageFormat':
    'お使いの職責のカスタマイズ パッケージにエラーがあります。修正して再公開するよう CRM 管理者に依頼してください。現在のデータは引き続き使用できます。',
  'sync.help.StorageFull':
    'Outlook 用のブラウザー ストレージがいっぱいです。ディスクの空き領域を増やすか、[オプション] で同期フィルターを絞り込んでから、もう一度同期してください。',
  'sync.help.Store':
    'ローカルの CRM データを読み書きできませんでした。作業ウィンドウを閉じて開き直してから、もう一度同期してください。',
  'sync.help.SyncAlreadyRunning':
    '別の同期 (リボンのボタンから開始されたものなど) が実行中でした。完了するまでお待ちください。進行状況は上に表示されます。',
  'sync.help.SyncCancelled':
    '同期はキャンセルされました。ここまでに書き込まれたレコードは保持されます。続行するにはもう一度同期してください。',
  'sync.help.SyncUnexpected':
    '予期しない問題により同期が停止しました。もう一度同期してください。繰り返し発生する場合は、この履歴エントリを管理者に送ってください。',
  'sync.help.PendingChanges':
    '完全同期を行うと、まだ Siebel に送信されていない変更が破棄されます。先に通常の同期を行って送信するか、[オプション] で破棄を許可してください。',
  'sync.help.RecordValidation':
    '編集したレコードに、フォームで許可されていない値があります。表示されたフィールドを修正してから、もう一度保存してください。',
  'sync.help.InvalidResolution':
    'その操作はこの同期の問題には適用できません (問題がその間に変わった可能性があります)。[問題] タブを開き直し、表示される操作を選んでください。',
  'sync.help.SharingUnavailable':
    'お使いのカスタマイズ パッケージは活動とその連絡先を同期しないため、メールや会議を共有できません。これらを同期するパッケージを Siebel 管理者に依頼してください。',
  'sync.help.Host': 'Outlook がアドインの要求を拒否しました。作業ウィンドウを開き直して、もう一度同期してください。',
  'sync.help.fallback': 'もう一度同期してください。繰り返し発生する場合は、この履歴エントリを管理者に送ってください。',
  'sync.help.issues':
    'これらのレコードはスキップされ、残りは同期されました。次回の同期で再試行されます。失敗が続くレコードがある場合は、その ID をもとに Siebel で確認するよう管理者に依頼してください。',

  /* ローカル データの消失 */
  'sync.lost.title': 'CRM データがこのコンピューターにありません',
  'sync.lost.before':
    'メールボックスには CRM Desktop が同期済みであると記録されていますが、この Outlook には CRM データがありません。',
  'sync.lost.changesLost':
    'あわせて、ここで行ってまだ Siebel に送信されていなかった変更も失われました。Siebel にあるデータは失われていません。',
  'sync.lost.causes':
    'これは、Office のキャッシュやこのサイトのブラウザー データが消去された場合、ブラウザーがディスク領域を解放した場合、または別の Outlook を使用している場合に起こります。Outlook on the web、新しい Outlook、従来の Outlook は、それぞれ独自のコピーを保持しています。',
  'sync.lost.fullSync': '完全同期を行うと、CRM データが Siebel から再度ダウンロードされます。',
  'sync.lost.password': '{user} のパスワード',
  'sync.lost.passwordHint': '保存されたパスワードはデータと一緒に保持されているため、これも失われています。',
  'sync.lost.download': 'データを再度ダウンロード',
  'sync.lost.later': '後で',
  'sync.lost.enterPassword': '先に {user} のパスワードを入力してください。',
  'sync.lost.notFinished': '同期が完了しませんでした。もう一度お試しください。',
  'sync.lost.errorTitle': 'データの再ダウンロード',
  'sync.lost.restored': 'CRM データを Siebel から再度ダウンロードしました。',
  'sync.lost.ok': 'OK',
};
