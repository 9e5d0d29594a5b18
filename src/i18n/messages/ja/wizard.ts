import type { wizard as english } from '../en/wizard';

export const wizard: Record<keyof typeof english, string> = {
  'wizard.position': 'ステップ {step}/{total}',
  'wizard.loadingStep': '次のステップを読み込んでいます…',

  'wizard.welcome.title': 'CRM Desktop へようこそ',
  'wizard.welcome.intro':
    'CRM Desktop を使うと、Siebel の取引先、取引先担当者、商談、活動を Outlook に取り込み、メールと並べて操作できます。オフラインでも利用できます。',
  'wizard.welcome.needs': 'Siebel サーバーのアドレスと、Siebel のユーザー名およびパスワードが必要です。',
  'wizard.welcome.start': '開始',

  'wizard.server.title': 'Siebel サーバー',
  'wizard.server.intro':
    '会社の Siebel EAI エンドポイントのアドレスを入力してください。アドレスは管理者に確認できます。https:// で始まります。',
  'wizard.server.test': '接続をテスト',
  'wizard.server.testing': 'テストしています…',
  'wizard.server.ok': '接続に成功しました: {details}。',
  'wizard.server.failed': '接続テストに失敗しました',
  'wizard.server.problem.invalidUrl':
    'アドレスを確認してください。https:// で始まる完全な URL である必要があります。アドレスは管理者に確認できます。',
  'wizard.server.problem.unreachable':
    'アドレスとネットワーク接続を確認してください。どちらも正しい場合は、サーバーが停止している可能性があります。管理者に問い合わせてください。',
  'wizard.server.problem.tls':
    'このコンピューターはサーバーの証明書を信頼していません。管理者または IT 部門に問い合わせてください。',
  'wizard.server.problem.cors':
    'サーバーは応答しましたが、CRM Desktop からの接続を許可していません。管理者に問い合わせてください。',
  'wizard.server.problem.timeout':
    'サーバーが時間内に応答しませんでした。アドレスを確認するか、数分後にもう一度お試しください。',
  'wizard.server.problem.httpStatus':
    'サーバーがエラーを返しました。アドレスが管理者から提供された Siebel EAI エンドポイントであることを確認してください。',
  'wizard.server.problem.notSiebel':
    'このアドレスは Siebel EAI エンドポイントではありません。管理者にアドレスを確認してください。',

  'wizard.credentials.title': 'サインイン',
  'wizard.credentials.intro':
    'Siebel のユーザー名とパスワードを入力します。パスワードはこのコンピューターに保持され、Siebel サーバーにのみ送信されます。',
  'wizard.credentials.submit': 'サインイン',
  'wizard.credentials.busy': 'サインインしています…',
  'wizard.credentials.userNameMissing': 'Siebel のユーザー名を入力してください。',
  'wizard.credentials.passwordMissing': 'パスワードを入力してください。',
  'wizard.credentials.failed': 'サインインできませんでした',

  'wizard.package.title': 'CRM パッケージ',
  'wizard.package.intro': 'Siebel により、パッケージ「{name}」({packageId}) があなたの職責に割り当てられています。',
  'wizard.package.objects': 'このパッケージは次のオブジェクトをこのコンピューターに同期します:',
  'wizard.package.start': '同期を開始',
  'wizard.package.saveFailed': 'サインインのオプションを保存できませんでした',
  'wizard.preset.label': '同期フィルター',
  'wizard.preset.option':
    '{name}{recommended, select, yes { (推奨)} other {}}{unavailable, select, yes { (使用不可)} other {}}',
  'wizard.preset.unavailable': '使用できません: {reason}',
  'wizard.packageDetails.title': 'パッケージの詳細 (注記 {count, number} 件)',
  'wizard.packageDetails.list': 'このパッケージでアドインが使用しない項目',

  'wizard.firstSync.title': '初回同期',
  'wizard.firstSync.intro': 'CRM データをこのコンピューターにダウンロードしています。初回は数分かかることがあります。',
  'wizard.firstSync.cancelledTitle': '同期がキャンセルされました',
  'wizard.firstSync.cancelled':
    '同期をキャンセルしました。データは置き換えられていません。準備ができたら、もう一度開始してください。',
  'wizard.firstSync.failedTitle': '同期に失敗しました',
  'wizard.firstSync.notStarted': '同期を開始できませんでした。もう一度お試しください。',

  'wizard.done.title': '準備が完了しました',
  'wizard.done.intro':
    'CRM データがこのコンピューターに保存されました ({seconds, number} 秒)。この作業ウィンドウが開いている間は自動的に最新の状態に保たれます。Outlook のリボンにある [同期] ボタンでも更新できます。',
  'wizard.done.open': 'CRM データを開く',
  'wizard.done.table': 'ダウンロードしたレコード',
  'wizard.done.object': 'オブジェクト',
  'wizard.done.records': 'レコード',
};
