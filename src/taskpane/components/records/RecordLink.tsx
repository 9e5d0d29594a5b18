import { Link } from '@fluentui/react-components';
import type { RecordRef } from './RecordRef';

/** Props of {@link RecordLink}. */
export interface RecordLinkProps {
  readonly target: RecordRef;
  readonly name: string;
  readonly onOpen: (ref: RecordRef) => void;
}

/** A link to another record, opened in the same view (a button underneath: Enter opens it). */
export function RecordLink({ target, name, onOpen }: RecordLinkProps) {
  return (
    <Link as="button" type="button" onClick={() => onOpen(target)}>
      {name}
    </Link>
  );
}
