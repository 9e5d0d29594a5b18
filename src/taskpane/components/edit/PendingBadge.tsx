import { Badge } from '@fluentui/react-components';

/** Marks a record whose local change has not reached Siebel yet. */
export function PendingBadge({ size = 'medium' }: { readonly size?: 'small' | 'medium' }) {
  return (
    <Badge appearance="tint" color="warning" size={size} shape="rounded">
      Not yet synchronized
    </Badge>
  );
}
