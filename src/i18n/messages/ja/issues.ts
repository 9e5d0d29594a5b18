import type { issues as english } from '../en/issues';

export const issues: Record<keyof typeof english, string> = {
  'issues.opening': 'CRM データを開いています',
  'issues.openFailed': 'ローカルの CRM データを開けませんでした: {error}',
  'issues.title': '同期の問題',
  'issues.reading': '同期の問題を読み込んでいます',
  'issues.readFailed': '同期の問題を読み込めませんでした: {error}',
  'issues.none': '同期の問題はありません',
  'issues.none.detail': '判断が必要なものはありません。ここで行った変更は次回の同期で Siebel に送信されます。',
  'issues.sentNext': 'ここで選んだ内容は、次回の同期で Siebel に送信されます。',
  'issues.list': '未解決の問題',

  'issues.kind.failure': '未送信',
  'issues.kind.fieldConflict': '競合',
  'issues.kind.deletedInSiebel': 'Siebel で削除済み',
  'issues.kind.deletedHere': 'Siebel で変更済み',
  'issues.kind.duplicate': '重複の可能性',
  'issues.action.retry': '再試行',
  'issues.action.recreate': '再作成する',
  'issues.action.acceptDeletion': '削除を受け入れる',
  'issues.action.deleteAnyway': 'このまま削除する',
  'issues.action.keepSiebel': 'Siebel のレコードを残す',
  'issues.action.createAnyway': 'このまま作成する',
  'issues.action.discard': '自分の変更を破棄',
  'issues.resolveFailed': 'この問題を解決できませんでした: {error}',

  'issues.conflict.label': '競合しているフィールド',
  'issues.conflict.field': 'フィールド',
  'issues.conflict.mine': '自分の値',
  'issues.conflict.siebel': 'Siebel の値',
  'issues.conflict.choice':
    '{side, select, local {{field} の自分の値: {value}} other {{field} の Siebel の値: {value}}}',
  'issues.conflict.empty': '(空)',
  'issues.conflict.apply': '適用',
  'issues.conflict.left': '各フィールドの値を選んでください (残り {count, number} 件)。',

  'issues.duplicate.gone': '一致するレコードはもう存在しません。',
  'issues.duplicate.label': '既存のレコード',
  'issues.duplicate.inSiebel': 'Siebel 内',
  'issues.duplicate.onThisComputer': 'このコンピューター上',
  'issues.duplicate.use': 'このレコードを使用',
};
