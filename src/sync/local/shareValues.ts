import type { FieldDefinition, ObjectType } from '../../metadata';
import type { FieldValue } from '../../store';
import { DEFAULT_SHARE_KEY_FIELD } from './shareKeyField';
import type { ShareRequest } from './types';

/** Longest activity comment written (header and body): a Siebel `Comment` column holds about 1,500 characters here. */
export const SHARE_COMMENT_MAX_CHARS = 1500;

const ACTIVITY_TYPES: Readonly<Record<ShareRequest['kind'], string>> = {
  inboundEmail: 'Email - Inbound',
  outboundEmail: 'Email - Outbound',
  meeting: 'Meeting',
};

/**
 * The activity's values for a shared Outlook item, keyed by ioElemName (fields the package's
 * activity type lacks are left out): Type, Description = subject, Planned/Planned Completion =
 * start/end, Comment = "From/To/Cc" header + body cut to {@link SHARE_COMMENT_MAX_CHARS}, and the
 * links to one account, one opportunity and the first contact as the primary contact, and the
 * item's share key in `shareKeyField`.
 */
export function shareValues(
  activity: ObjectType,
  request: ShareRequest,
  shareKeyField: string = DEFAULT_SHARE_KEY_FIELD,
): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  const set = (name: string, value: FieldValue) => {
    const field = activity.fields.find((f) => f.name === name);
    if (field)
      values[field.ioElemName] = typeof value === 'string' && isDateType(field) ? isoToStored(field, value) : value;
  };
  set('Type', ACTIVITY_TYPES[request.kind]);
  set('Description', request.subject.trim() || null);
  set('Planned', request.start);
  set('Planned Completion', request.end ?? request.start);
  set('Comment', shareComment(request));
  set('Account Id', request.accountId);
  set('Opportunity Id', request.opportunityId);
  set('Primary Contact Id', request.contactIds[0] ?? null);
  // The activity carries the share key so a share from an Outlook whose local data never saw this
  // one finds the activity on the server (the field is the Action's natural key).
  set(shareKeyField, request.itemKey);
  return values;
}

/** "From: …\nTo: …\nCc: …\n\n" + the body, cut to the comment's length. */
export function shareComment(request: Pick<ShareRequest, 'from' | 'to' | 'cc' | 'body'>): string {
  const header = `From: ${request.from}\nTo: ${request.to.join(', ')}\nCc: ${request.cc.join(', ')}\n\n`;
  return (header + request.body.trim()).slice(0, SHARE_COMMENT_MAX_CHARS);
}

function isDateType(field: FieldDefinition): boolean {
  return (
    field.dataType === 'DTYPE_DATE' || field.dataType === 'DTYPE_DATETIME' || field.dataType === 'DTYPE_UTCDATETIME'
  );
}

/** An ISO 8601 time from Outlook (any offset, maybe milliseconds) as the store keeps it (UTC). */
export function isoToStored(field: Pick<FieldDefinition, 'dataType'>, iso: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const text = new Date(ms).toISOString().slice(0, 19);
  if (field.dataType === 'DTYPE_DATE') return text.slice(0, 10);
  return field.dataType === 'DTYPE_UTCDATETIME' ? `${text}Z` : text;
}
