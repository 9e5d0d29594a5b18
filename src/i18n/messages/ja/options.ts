import type { options as english } from '../en/options';

export const options: Record<keyof typeof english, string> = {
  'options.form': 'オプション',
  'options.passwordHint.keep': '現在のパスワードをそのまま使う場合は空欄のままにしてください。',
  'options.passwordHint.needed': '同期に必要です。',
  'options.signOut': 'サインアウト',
  'options.diagnostics.title': '診断レポート',
  'options.diagnostics.hint': 'ヘルプデスク向け: バージョン、設定、最近の同期。パスワードや CRM データは含まれません。',
  'options.diagnostics.copy': '診断レポートをコピー',
  'options.diagnostics.copied':
    '診断レポートをクリップボードにコピーしました。ヘルプデスクへのメッセージに貼り付けてください。',
  'options.diagnostics.copyFailed':
    'レポートを自動でコピーできませんでした。下のテキストを選択してコピーしてください。',
  'options.diagnostics.failed': '診断レポートを作成できませんでした',
  'options.diagnostics.text': '診断レポートのテキスト',
  'options.support': 'サポート: {contact}',
  'options.saved': 'オプションを保存しました。',
  'options.signedOut': 'サインアウトしました。このコンピューターに保存されていたパスワードは削除されました。',
  'options.errorTitle': 'オプション',
  'options.missingFields': 'サーバーの URL とユーザー名を入力してください。',
  'options.passwordForNewLogin':
    '{userName} のパスワードを入力してください。ユーザーまたはサーバーを変更すると、完全同期が必要になります。',
  'options.currentPasswordUnknown':
    '{userName} のパスワードが不明です。[現在の設定を維持] を選択してそのパスワードを保存してから、変更を送信してください。',
  'options.currentPasswordUnknown.noUser':
    '現在のユーザーのパスワードが不明です。[現在の設定を維持] を選択してそのパスワードを保存してから、変更を送信してください。',
  'options.sendNotFinished': '変更の送信が完了しませんでした。もう一度お試しいただくか、変更の破棄に同意してください。',
  'options.resynced': '{userName} のデータを同期しました。',
  'options.resyncNotFinished': '完全同期が完了しませんでした。[同期] タブからもう一度開始してください。',

  'options.autoSync.label': '自動同期',
  'options.autoSync.hint':
    'この作業ウィンドウが開いている間、および最後の編集から約 20 秒後に同期します。オフラインの間は一時停止します。',
  'options.autoSync.off': 'オフ',
  'options.autoSync.minutes': '{minutes, number} 分ごと',
  'options.autoSync.hours': '{hours, number} 時間ごと',

  'options.identity.errorTitle': '完全同期',
  'options.identity.passwordOf': '{userName} のパスワード',
  'options.identity.passwordFirst': '先に {userName} のパスワードを入力してください。',
  'options.identity.synchronizeNow': '今すぐ同期',
  'options.identity.notFinished': '同期が完了しませんでした。もう一度お試しください。',

  'options.resync.title': '完全同期が必要です',
  'options.resync.who': '{server} の {userName}',
  'options.resync.replace':
    'このコンピューター上の CRM データは {current} のものです。ユーザー名またはサーバーが {next} に変わるため、すべての CRM データを再度ダウンロードする必要があり、ローカルのデータは置き換えられます。',
  'options.resync.download': '{next} のすべての CRM データをダウンロードします。',
  'options.resync.pending.checking': 'Siebel にまだ送信されていないローカルの変更を確認しています…',
  'options.resync.pending.none': 'Siebel への送信を待っているローカルの変更はないため、失われるものはありません。',
  'options.resync.pending': 'ローカルの変更 {count, number} 件が Siebel にまだ送信されておらず、失われます。',
  'options.resync.sendOrDiscard': '現在のサインイン情報で先に Siebel に送信するか、破棄に同意してください。',
  'options.resync.discard': '未送信の変更 {count, number} 件を破棄する',
  'options.resync.keepSeeing': '新しい同期が完了するまで、現在のデータが表示されます。',
  'options.resync.sendFirst': '先に変更を送信',
  'options.resync.confirm': '変更して同期',
  'options.resync.keepCurrent': '現在の設定を維持',

  'options.storage.title': 'このコンピューター上のデータ',
  'options.storage.asking': 'ブラウザーにストレージの状態を問い合わせています',
  'options.storage.errorTitle': 'ブラウザーのストレージ',
  'options.storage.errorWhatToDo':
    'CRM データは引き続き使用できます。繰り返し発生する場合は、このサイトにデータの保存が許可されていることを確認するか、管理者に問い合わせてください。',
  'options.storage.persistent': '削除するまで保持されます',
  'options.storage.bestEffort': '空き容量が少なくなると、ブラウザーによって消去される場合があります',
  'options.storage.unknown': 'この Outlook は、データを保持するかどうかを示していません',
  'options.storage.meaning.persistent':
    'ブラウザーが空き容量を確保するためにデータを削除することはありません。ただし、Office のキャッシュやこのサイトのブラウザー データを消去すると、Siebel にまだ送信されていない変更も含めて削除されます。',
  'options.storage.meaning.other':
    'ディスクの空き容量が少なくなると、ブラウザーが確認なしにデータを削除することがあります。CRM データは再度ダウンロードできますが、Siebel にまだ送信されていない変更は失われます。また、Office のキャッシュやこのサイトのブラウザー データを消去すると、Siebel にまだ送信されていない変更も含めて削除されます。',
  'options.storage.unsent.none': 'ここで行った変更はすべて Siebel に送信されています。',
  'options.storage.unsent':
    '{count, number} 件の変更は、次回の同期で Siebel に送信されるまで、このコンピューター上にのみ存在します。',
  'options.storage.used': '{used} 使用中',
  'options.storage.usedOfQuota': 'ブラウザーが許可する {quota} のうち {used} を使用中',
  'options.storage.copies': 'Web 版 Outlook、新しい Outlook、従来の Outlook は、それぞれ独自のコピーを保持します。',
  'options.storage.askToKeep': 'データを保持するようブラウザーに要求',
  'options.storage.declined':
    'ブラウザーは今回は要求を受け入れませんでした。アドインの使用頻度など、ブラウザー独自の基準で判断されます。',
};
