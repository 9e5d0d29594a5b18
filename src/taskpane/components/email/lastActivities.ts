import { formatRecordName, type CustomizationPackage, type SiebelDataType } from '../../../metadata';
import type { DataDatabase, StoredRecord } from '../../../store';
import type { RecordRef } from '../records/RecordRef';
import type { ActivityPlan, ActivityType } from './activityPlan';

/** One activity of a person, for the sender's card. */
export interface PersonActivity {
  readonly ref: RecordRef;
  readonly name: string;
  /** The stored date (ISO), and its type for formatting. */
  readonly when: string;
  readonly whenType: SiebelDataType;
}

/** A person's recent activities, and the next one planned. */
export interface PersonActivities {
  /** The latest that already happened (dated up to now), newest first. */
  readonly last: readonly PersonActivity[];
  /** The soonest one after now, if any. */
  readonly next: PersonActivity | null;
}

/**
 * The person's latest activities that already happened (dated up to `now`), newest first, at most
 * `limit`, and the next one planned: those pointing at the person and those linked to it through an
 * association, each once.
 */
export async function lastActivities(
  db: DataDatabase,
  pkg: CustomizationPackage,
  plan: ActivityPlan,
  person: RecordRef,
  now: Date,
  limit = 3,
): Promise<PersonActivities> {
  const found = new Map<string, PersonActivity>();
  const add = (type: ActivityType, record: StoredRecord | undefined) => {
    if (!record) return;
    const when = record[type.when.ioElemName];
    const ms = typeof when === 'string' ? Date.parse(when.length === 10 ? `${when}T00:00:00` : when) : Number.NaN;
    if (Number.isNaN(ms)) return;
    const ref = { typeId: type.object.typeId, id: String(record[type.object.primaryKey]) };
    const name = formatRecordName(pkg, ref.typeId, record) || ref.id;
    found.set(`${ref.typeId}/${ref.id}`, { ref, name, when: when as string, whenType: type.when.dataType });
  };
  for (const type of plan.types)
    for (const field of type.people)
      for (const record of await db.whereEquals(type.object.typeId, field.ioElemName, person.id)) add(type, record);
  for (const link of plan.links) {
    const rows = await db.whereEquals(link.association.typeId, link.person.ioElemName, person.id);
    const ids = rows.map((r) => r[link.activity.ioElemName]).filter((id): id is string => typeof id === 'string');
    const records = await db.getMany(link.type.object.typeId, ids);
    records.forEach((record) => add(link.type, record));
  }
  const newestFirst = [...found.values()].sort((a, b) => Date.parse(b.when) - Date.parse(a.when));
  const past = newestFirst.filter((a) => Date.parse(a.when) <= now.getTime());
  const future = newestFirst.filter((a) => Date.parse(a.when) > now.getTime());
  return { last: past.slice(0, limit), next: future.at(-1) ?? null };
}
