import { CommandError } from './CommandError';

/*
 * Per-command errors of ExecuteBatch. The four codes the client interprets are fixed by
 * test/fixtures/soap/upload/ExecuteBatch.response.xml (comment): 00523 conflict, 04401 no such
 * record, 00381 duplicate, anything else a failure. The texts follow Siebel's messages for these
 * codes where they are known; the other codes are the simulator's choice.
 */

/** golden: the record changed since the client read it (its `Updated` differs). */
export const recordChanged = (): CommandError =>
  new CommandError('SBL-DAT-00523', 'The selected record has been modified by another user since it was retrieved. Please continue.');

/** No live record with that id is visible to the user (deleted, or someone else's). */
export const noSuchRecord = (component: string, id: string): CommandError =>
  new CommandError(
    'SBL-EAI-04401',
    `No record of integration component '${component}' matches the search specification [Id] = "${id}": it was deleted or is not visible to you.`,
  );

/** Another record already has the user key values. */
export const duplicateUserKey = (fields: readonly string[]): CommandError =>
  new CommandError(
    'SBL-DAT-00381',
    `The same values for '${fields.join(', ')}' already exist. If you would like to enter a new record, please make sure that the field values are unique.`,
  );

/** A required field is missing or emptied. */
export const requiredField = (field: string): CommandError =>
  new CommandError('SBL-DAT-00498', `'${field}' is a required field. Please enter a value for the field.`);

/** A picklist-bound field holds a value the list of values does not have. */
export const notInPicklist = (component: string, field: string, value: string): CommandError =>
  new CommandError(
    'SBL-DAT-00225',
    `The value '${value}' entered in field ${field} of buscomp ${component} does not match any value in the bounded pick list.`,
  );

/** A date or date-time field in another format than Siebel's. */
export const badDate = (field: string, value: string, format: string): CommandError =>
  new CommandError('SBL-DAT-00359', `'${value}' is not a valid value for field '${field}'; enter a date in the format ${format}.`);

/** A foreign key that names no live record the user may see (simulator's choice of code). */
export const unknownReference = (field: string, component: string, id: string): CommandError =>
  new CommandError(
    'SBL-EAI-04397',
    `No rows retrieved corresponding to the business component '${component}' for the value '${id}' of field '${field}'.`,
  );

/** An element the integration component does not define (as the QueryPage fault SBL-EAI-04127). */
export const unknownFieldElement = (tag: string, component: string): CommandError =>
  new CommandError('SBL-EAI-04127', `Element with XML tag '${tag}' is not found in the definition of EAI Integration Component '${component}'`);

/** A type the package defines but the simulated server keeps no table for. */
export const noStorage = (typeId: string): CommandError =>
  new CommandError('SBL-EAI-04376', `The simulated server keeps no records of object type '${typeId}'.`);
