import {
  findObject,
  referenceFields,
  type CustomizationPackage,
  type FieldDefinition,
  type ObjectType,
  type ReferenceField,
} from '../../../metadata';

const DATED = ['DTYPE_UTCDATETIME', 'DTYPE_DATETIME', 'DTYPE_DATE'];
const WHEN = /planned|start|date|due|when/i;
const STAGE = /stage/i;

/** A type of activity a person takes part in, found through a reference to the person. */
export interface ActivityType {
  readonly object: ObjectType;
  /** Its references to the person type (an activity's primary contact). */
  readonly people: readonly ReferenceField[];
  /** The field that says when the activity happens. */
  readonly when: FieldDefinition;
}

/** An association linking people to activities (Siebel's activity–contact intersection). */
export interface ActivityLink {
  readonly association: ObjectType;
  readonly person: ReferenceField;
  readonly activity: ReferenceField;
  readonly type: ActivityType;
}

/** Where a person's activities are, derived from the package. */
export interface ActivityPlan {
  readonly types: readonly ActivityType[];
  readonly links: readonly ActivityLink[];
}

/**
 * The activity types of `personTypeId`, by the package's shape rather than fixed TypeIds: the
 * synchronized types that point at the person and have a date (a type with a sales stage is an
 * opportunity, not an activity), and the associations that link the person to one of them.
 */
export function activityPlan(pkg: CustomizationPackage, personTypeId: string): ActivityPlan {
  const synced = pkg.syncedTypes.map((t) => findObject(pkg, t.typeId)).filter((o): o is ObjectType => o !== undefined);
  const types: ActivityType[] = [];
  for (const object of synced) {
    if (object.isAssociation || object.typeId === personTypeId || object.fields.some((f) => STAGE.test(f.name)))
      continue;
    const people = referenceFields(object).filter((f) => f.refObjTypeId === personTypeId);
    const when = dateField(object);
    if (people.length > 0 && when) types.push({ object, people, when });
  }
  const links: ActivityLink[] = [];
  for (const association of synced.filter((o) => o.isAssociation)) {
    const refs = referenceFields(association);
    const person = refs.find((f) => f.refObjTypeId === personTypeId);
    const activity = refs.find((f) => types.some((t) => t.object.typeId === f.refObjTypeId));
    const type = activity && types.find((t) => t.object.typeId === activity.refObjTypeId);
    if (person && activity && type) links.push({ association, person, activity, type });
  }
  return { types, links };
}

function dateField(object: ObjectType): FieldDefinition | undefined {
  const dated = object.fields.filter((f) => DATED.includes(f.dataType) && !f.isTimestamp);
  return dated.find((f) => WHEN.test(f.name)) ?? dated[0];
}
