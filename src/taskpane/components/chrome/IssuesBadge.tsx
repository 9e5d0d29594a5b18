import { Badge } from '@fluentui/react-components';
import { useTranslator } from '../../language/TranslatorContext';

/** The open issues' count beside the Issues tab's label (in the tab and in the overflow menu); nothing at 0. */
export function IssuesBadge({ count, className }: { readonly count: number; readonly className?: string }) {
  const { t } = useTranslator();
  if (count <= 0) return null;
  return (
    <Badge className={className} size="small" color="danger" aria-label={t('app.tab.issues.badge', { count })}>
      {count}
    </Badge>
  );
}
