import type { DataSet } from './DataSet';
import type { DataTypeId } from './DataLayout';

/**
 * Who owns a record about to be created (ownership decides visibility). A link between an activity
 * and a contact belongs to the activity's owner, so that whoever sees the activity sees its
 * contacts; anything else (or a link to an unknown activity) belongs to its creator.
 */
export function ownerOfNewRecord(
  data: DataSet,
  type: DataTypeId,
  fields: Readonly<Record<string, string>>,
  creator: string,
): string {
  if (type !== 'ActionContact') return creator;
  const ref = data.findRef('Action', fields['Activity Id'] ?? '');
  return ref === undefined || data.isDeleted('Action', ref) ? creator : data.ownerAt('Action', ref);
}
