import type { email as english } from '../en/email';

export const email: Record<keyof typeof english, string> = {
  'email.region': '現在のメール',
  'email.heading': 'このメール',
  'email.refresh': '最新の情報に更新',
  'email.dismiss': '閉じる',
  'email.backToEmail': 'メールに戻る',
  'email.noSubject': '(件名なし)',
  'email.sample': 'サンプル',
  'email.sample.title': 'スタンドアロン ページが作成したアイテムです: CRM Desktop は Outlook で実行されていません',
  'email.sample.refused':
    'これは CRM Desktop のスタンドアロン ページのサンプル メールで、Outlook のメールではありません。共有できるのはこのページが提供する Siebel シミュレーター ({origin}) だけですが、この作業ウィンドウの接続先は {server} です。ご自分のメールを共有するには、Outlook で CRM Desktop を開いてください。',
  'email.sample.noServer': '(未設定)',
  'email.abandoned':
    '別のアイテムを選択したため、「{subject}」の共有は取り消されました。何も共有されていません。共有するには、そのアイテムをもう一度選択してください。',
  'email.lookingUp': '差出人と受信者を検索しています',
  'email.lookupFailed': 'メールの連絡先を検索できませんでした。[最新の情報に更新] でもう一度お試しください。',
  'email.noItem':
    'メールが開かれていません。Outlook でメッセージまたは会議を選択すると、差出人と受信者の CRM 連絡先が表示されます。ピン留めした CRM Desktop ウィンドウは選択に合わせて切り替わります。',
  'email.contacts.heading': 'このメールの連絡先',
  'email.contacts.list': '一致する連絡先',
  'email.noData':
    'CRM データはまだありません。[同期] タブで最初の同期を実行すると、メールの連絡先がここに表示されます。',
  'email.noContacts': '差出人または受信者のアドレスを持つ CRM 連絡先はありません ({addresses})。',
  'email.noAddresses': 'アドレスなし',
  'email.role': '{role, select, From {差出人} To {宛先} Cc {CC} other {{role}}}',
  'email.card.account': '取引先:',
  'email.card.noAccount': '取引先なし',
  'email.card.noDeals': '進行中の商談はありません',
  'email.card.deals': '{account} の進行中の商談',
  'email.share.title': 'Siebel と共有',
  'email.share.saveFirst': '先にこのアイテムを保存または送信してください。その後で Siebel と共有できます。',
  'email.share.checking': 'このアイテムが共有されているか確認しています',
  'email.share.checkFailed': 'このアイテムが共有されているか確認できませんでした。',
  'email.share.notShared': 'この{itemType, select, meeting {会議} other {メール}}は Siebel と共有されていません。',
  'email.share.linked': '活動「{name}」として Siebel と共有済み — リンク先: {names}',
  'email.share.unlinked': '活動「{name}」として Siebel と共有済み — どのレコードにもリンクされていません',
  'email.share.changeLinks': 'リンクを変更',
  'email.share.share': '共有',
  'email.share.saveLinks': 'リンクを保存',
  'email.share.account': '取引先',
  'email.share.opportunity': '商談',
  'email.share.contacts': '連絡先',
  'email.share.failed': 'Siebel と共有できませんでした。',
  'email.share.selectionChanged':
    'Siebel と共有できませんでした: 「{subject}」の共有中に別のアイテムが選択されたため、何も共有されていません。そのアイテムをもう一度選択して共有してください。',
  'email.picker.none': 'なし',
  'email.picker.withHint': '{name} ({hint})',
  'email.picker.noSuggestion': 'メールのアドレスからの候補はありません。',
  'email.picker.search': '{label}を検索',
  'email.picker.searching': '検索しています…',
  'email.picker.noOtherMatch': '「{query}」に一致するほかの候補はありません。',
  'email.picker.results': '{label}の検索結果',
  'email.picker.add': '{name} を追加',
  'email.picker.choose': '{name} を選択',
  'email.note.notRecorded':
    '共有の情報を{itemType, select, meeting {会議} other {メール}}自体に書き込めませんでした。このコンピューターでは共有済みとして認識されていますが、ほかの Outlook では共有されていないと表示される場合があります。',
  'email.note.notRecordedBecause':
    '共有の情報を{itemType, select, meeting {会議} other {メール}}自体に書き込めませんでした ({problem})。このコンピューターでは共有済みとして認識されていますが、ほかの Outlook では共有されていないと表示される場合があります。',
  'email.note.createCategory':
    '共有したアイテムをひと目で確認できるように、「{category}」という名前の Outlook の分類項目を一度だけ作成してください ([分類] › [すべての分類項目] › [新規作成])。以降、共有するすべてのアイテムに適用されます。',
  'email.note.notAllowed':
    'Outlook で、この{itemType, select, meeting {会議} other {メール}}に分類項目「{category}」を設定することがアドインに許可されませんでした (ここでは読み取り専用の可能性があります)。',
  'email.note.categoryFailed': '分類項目「{category}」を適用できませんでした。',
  'email.note.categoryFailedBecause': '分類項目「{category}」を適用できませんでした ({problem})。',
};
