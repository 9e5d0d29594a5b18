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
  'app.offline': 'オフライン: ネットワークが回復すると自動同期を再開します。',
  'app.loadingView': '{view} を読み込んでいます…',
  'app.deploymentProblem.title': 'CRM Desktop を起動できません',
};
