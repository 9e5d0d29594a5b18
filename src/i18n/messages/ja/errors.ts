import type { errors as english } from '../en/errors';

export const errors: Record<keyof typeof english, string> = {
  'error.unknown.title': '問題が発生しました',
  'error.unknown.whatToDo': 'もう一度お試しください。再度発生する場合は、詳細をコピーして管理者に伝えてください。',
  'error.details': '詳細',
  'error.detailsLine': '詳細: {details}',
  'error.signInFirst':
    '先にサインインしてください。[オプション] でパスワードを入力してから、もう一度同期してください。',

  'error.SiebelFault.title': 'Siebel が要求を拒否しました',
  'error.SiebelFault.whatToDo': 'もう一度お試しください。再度拒否された場合は、詳細を管理者に送ってください。',
  'error.BadCredentials.title': 'ユーザー名またはパスワードが正しくありません',
  'error.BadCredentials.whatToDo':
    'Siebel のユーザー名とパスワードを確認して、もう一度サインインしてください。最近パスワードを変更した場合は、新しいパスワードを使用してください。',
  'error.SessionRejected.title': 'Siebel がサインインを受け付けませんでした',
  'error.SessionRejected.whatToDo': 'もう一度同期してください。繰り返し発生する場合は、管理者に問い合わせてください。',
  'error.TooManySessions.title': '開いている Siebel セッションが多すぎます',
  'error.TooManySessions.whatToDo':
    'サインインしている他の Siebel アプリケーションを閉じるか、数分待ってから、もう一度同期してください。解決しない場合は、管理者に問い合わせてください。',
  'error.NoPublishedPackage.title': 'あなたのユーザーに CRM Desktop パッケージがありません',
  'error.NoPublishedPackage.whatToDo':
    'あなたの職責のいずれかに対して、管理者が CRM Desktop パッケージを公開する必要があります。管理者に問い合わせてから、もう一度お試しください。',
  'error.Network.title': 'Siebel サーバーに接続できません',
  'error.Network.whatToDo': 'ネットワーク接続とサーバーのアドレスを確認してから、もう一度同期してください。',
  'error.Timeout.title': '処理に時間がかかりすぎました',
  'error.Timeout.whatToDo':
    'サーバーが混み合っている可能性があります。数分後にもう一度お試しください。頻繁に発生する場合は、管理者に伝えてください。',
  'error.HttpStatus.title': 'Siebel サーバーがエラーを返しました',
  'error.HttpStatus.whatToDo':
    'しばらくしてからもう一度お試しください。解決しない場合は、サーバーのアドレスを確認するか、管理者に問い合わせてください。',
  'error.Aborted.title': '要求がキャンセルされました',
  'error.Aborted.whatToDo': '準備ができたら、もう一度同期してください。',
  'error.NotSoap.title': 'サーバーの応答が Siebel サーバーのものではありません',
  'error.NotSoap.whatToDo':
    'アドレスがサインイン ページやプロキシのページを指している可能性があります。サーバーのアドレスを確認するか、管理者に問い合わせてください。',
  'error.UnexpectedSoapShape.title': 'Siebel サーバーから予期しない応答がありました',
  'error.UnexpectedSoapShape.whatToDo':
    '管理者に問い合わせて、詳細を送ってください。サーバーのバージョンや構成が異なる可能性があります。',
  'error.XmlRefused.title': 'サーバーの応答を安全に読み取れません',
  'error.XmlRefused.whatToDo': '管理者に問い合わせて、詳細を送ってください。',
  'error.XmlEncode.title': 'Siebel に送信できない値があります',
  'error.XmlEncode.whatToDo': '入力した値から特殊文字や見えない文字を削除して、もう一度保存してください。',
  'error.InvalidServerUrl.title': 'サーバーのアドレスが無効です',
  'error.InvalidServerUrl.whatToDo':
    '[オプション] で Siebel サーバーの URL を確認してください。https:// で始まる完全なアドレスである必要があります。アドレスは管理者に確認できます。',
  'error.InvalidWireProfile.title': 'CRM Desktop の接続設定を使用できません',
  'error.InvalidWireProfile.whatToDo':
    'この設定を修正できるのは管理者だけです。管理者に問い合わせて、詳細を送ってください。',
  'error.PageSizeTooLarge.title': 'Siebel サーバーがページ サイズを拒否しました',
  'error.PageSizeTooLarge.whatToDo': 'もう一度同期してください。解決しない場合は、管理者に問い合わせてください。',

  'error.PackageFormat.title': 'CRM Desktop パッケージを使用できません',
  'error.PackageFormat.whatToDo':
    'パッケージを修正できるのは管理者だけです。管理者に問い合わせて、詳細を送ってください。',

  'error.StorageFull.title': 'CRM データを保存する空き容量がありません',
  'error.StorageFull.whatToDo':
    'ディスクの空き容量を増やすか、ストレージの上限を引き上げるよう IT 部門に依頼してから、もう一度同期してください。これまでに同期したデータは保持されます。',
  'error.Store.title': 'このコンピューター上の CRM データを読み取りまたは保存できませんでした',
  'error.Store.whatToDo':
    'CRM Desktop を閉じて開き直してから、もう一度お試しください。再度発生する場合は、管理者に問い合わせてください。',

  'error.SyncAlreadyRunning.title': '同期は既に実行中です',
  'error.SyncAlreadyRunning.whatToDo': '完了するまでお待ちください。進行状況は [同期] タブで確認できます。',
  'error.SyncCancelled.title': '同期が停止されました',
  'error.SyncCancelled.whatToDo':
    'これまでにダウンロードしたレコードは保持されます。もう一度同期すると、停止したところから再開します。',
  'error.SyncUnexpected.title': '同期が予期せず停止しました',
  'error.SyncUnexpected.whatToDo': 'もう一度同期してください。再度発生する場合は、詳細を管理者に送ってください。',
  'error.PendingChanges.title': 'Siebel にまだ送信されていない変更があります',
  'error.PendingChanges.whatToDo': '先に変更を送信するか、変更を破棄してよいことを確認してください。',
  'error.RecordValidation.title': 'レコードを保存できません',
  'error.RecordValidation.whatToDo': 'マークされたフィールドを修正して、もう一度保存してください。',
  'error.InvalidResolution.title': '同期の問題を解決できませんでした',
  'error.InvalidResolution.whatToDo': 'もう一度同期してから、問題の解決方法をもう一度選択してください。',
  'error.SharingUnavailable.title': 'Siebel との共有は利用できません',
  'error.SharingUnavailable.whatToDo':
    'お使いの CRM Desktop パッケージはこの機能に対応していません。管理者に問い合わせてください。',

  'error.Host.title': 'Outlook で操作を完了できませんでした',
  'error.Host.whatToDo':
    'もう一度お試しください。失敗が続く場合は Outlook を再起動し、それでも解決しない場合は管理者に問い合わせてください。',
};
