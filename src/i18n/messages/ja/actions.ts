import type { actions as english } from '../en/actions';

export const actions: Record<keyof typeof english, string> = {
  'actions.group': '{name} の操作',
  'actions.email': 'メール',
  'actions.email.tooltip': '{address} への新しいメール',
  'actions.email.failed': 'Outlook で {address} への新しいメッセージを開けませんでした。',
  'actions.email.mailto': 'メール プログラムで作成する',
  'actions.call': '電話',
  'actions.call.tooltip': '{number} に電話する',
  'actions.map': '地図',
  'actions.map.tooltip': '{address} の地図を新しいウィンドウで開く',
  'actions.siebel.tooltip': 'このレコードを Siebel Web クライアントの新しいウィンドウで開く',
  'actions.copyId': 'ID をコピー',
  'actions.copyId.tooltip': 'Siebel ID {id} をコピー',
  'actions.copyValue': '{label} をコピー',
  'actions.copied': 'コピーしました',
  'actions.copyRefused': 'ブラウザーがコピーを許可しませんでした。テキストを選択して Ctrl+C キーを押してください:',
  'actions.copyRefused.text': 'コピーするテキスト',
  'actions.dismiss': '閉じる',
};
