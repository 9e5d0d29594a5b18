/**
 * Name of the activity field that carries the share key of an Outlook item shared with Siebel,
 * unless `LocalContext.shareKeyField` names another. Oracle documents no standard Action field
 * for this (searched: Siebel Action business component, CRM Desktop email fields), so this is our
 * own default, unconfirmed against a real Siebel: a deployment adds it to the Action business
 * component (an extension column) and to its package's Action object, and declares it the
 * Action's natural key in connector_configuration.xml, which makes the upload look for an
 * activity with the same key on the server before inserting (see checkDuplicates).
 */
export const DEFAULT_SHARE_KEY_FIELD = 'CRMD Share Key';
