import { Badge } from '@fluentui/react-components';
import { useTranslator } from '../../language/TranslatorContext';

/** Marks a record whose local change has not reached Siebel yet. */
export function PendingBadge({ size = 'medium' }: { readonly size?: 'small' | 'medium' }) {
  const { t } = useTranslator();
  return (
    <Badge appearance="tint" color="warning" size={size} shape="rounded">
      {t('edit.pending')}
    </Badge>
  );
}
