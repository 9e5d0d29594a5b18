import { findObject, type CustomizationPackage, type ObjectType } from '../../metadata';
import { SharingUnavailableError } from '../errors/SharingUnavailableError';

/** The activity type shared items become, and the association linking activities to contacts. */
export interface ActivityTypes {
  readonly activity: ObjectType;
  /** ActionContact: one record per linked contact. */
  readonly link: ObjectType;
  /** ioElemName of the link's activity reference. */
  readonly linkActivityField: string;
  /** ioElemName of the link's contact reference. */
  readonly linkContactField: string;
}

/** TypeId of Siebel's activity business component in CRM Desktop packages. */
export const ACTIVITY_TYPE_ID = 'Action';

/** Finds the activity type and its contact association in the package; `SharingUnavailableError` says what is missing. */
export function activityTypes(pkg: CustomizationPackage): ActivityTypes {
  const activity = findObject(pkg, ACTIVITY_TYPE_ID);
  if (!activity) throw new SharingUnavailableError(`the ${ACTIVITY_TYPE_ID} (activity) type`);
  for (const link of pkg.objects) {
    if (!link.isAssociation) continue;
    const toActivity = link.fields.find((f) => f.refObjTypeId === activity.typeId);
    const toContact = link.fields.find((f) => f.refObjTypeId === 'Contact');
    if (toActivity && toContact)
      return { activity, link, linkActivityField: toActivity.ioElemName, linkContactField: toContact.ioElemName };
  }
  throw new SharingUnavailableError('an association of activities and contacts (ActionContact)');
}
