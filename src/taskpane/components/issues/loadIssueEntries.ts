import { findObject, formatRecordName, type CustomizationPackage, type FieldDefinition } from '../../../metadata';
import type { DataDatabase, LocalIssue, StoredRecord } from '../../../store';

/** An open issue with what the card needs to show it. */
export interface IssueEntry {
  readonly issue: LocalIssue;
  /** The record's display name (its `name_format`), else its id. */
  readonly name: string;
  /** The type's label key (raw; turned into text by the view). */
  readonly typeLabel: string;
  /** The type's fields by ioElemName (labels and data types of conflicting fields). */
  readonly fields: ReadonlyMap<string, FieldDefinition>;
  /** The type's primary key ioElemName (the id of a duplicate's match). */
  readonly primaryKey: string;
}

/**
 * Every open issue, oldest first, with its record's name. The name comes from the local record,
 * else (deleted locally) from the server's record the issue carries.
 */
export async function loadIssueEntries(db: DataDatabase, pkg: CustomizationPackage): Promise<IssueEntry[]> {
  const issues = await db.listIssues();
  return Promise.all(
    issues.map(async (issue) => {
      const object = findObject(pkg, issue.typeId);
      const local = await db.get(issue.typeId, issue.recordId).catch(() => undefined);
      const record: StoredRecord | undefined = local ?? issue.server ?? undefined;
      return {
        issue,
        name: (record && formatRecordName(pkg, issue.typeId, record)) || issue.recordId,
        typeLabel: object?.label ?? issue.typeId,
        fields: new Map((object?.fields ?? []).map((f) => [f.ioElemName, f])),
        primaryKey: object?.primaryKey ?? 'Id',
      };
    }),
  );
}
