import { CommandError } from './CommandError';

/*
 * Per-command errors of ExecuteBatch. The codes the client interprets are fixed by the wire contract
 * and test/fixtures/soap/upload/ExecuteBatch.response.xml (comment): SBL-DAT-00523 conflict,
 * SBL-EAI-04403 no such record, SBL-DAT-00381 duplicate, anything else a failure. Each entry says
 * how sure we are: "confirmed" = shared/spec/field-evidence.md §4; "unconfirmed" = a real code
 * whose use here no primary source shows; "reconstructed" = the simulator's choice.
 */

/** The record changed since the client read it (its `Updated` differs). Confirmed code (field-evidence §4); text as in faults.md. */
export const recordChanged = (): CommandError =>
  new CommandError(
    'SBL-DAT-00523',
    'The selected record has been modified by another user since it was retrieved. Please continue.',
  );

/**
 * No live record with that id is visible to the user (never existed, deleted, or someone else's).
 * Code unconfirmed, text reconstructed (wire contract); SBL-EAI-04401 is the pick-list refusal.
 */
export const noSuchRecord = (component: string, id: string): CommandError =>
  new CommandError(
    'SBL-EAI-04403',
    `No matching record could be found in business component '${component}' for integration component instance with Id '${id}'.`,
  );

/** Another record already has the user key values. Confirmed code (field-evidence §4, IDS_ERR_EAI_SA_INSERT_MATCH_FOUND); text reconstructed. */
export const duplicateUserKey = (fields: readonly string[]): CommandError =>
  new CommandError(
    'SBL-DAT-00381',
    `The same values for '${fields.join(', ')}' already exist. If you would like to enter a new record, please make sure that the field values are unique.`,
  );

/** A required field is missing or emptied. Reconstructed. */
export const requiredField = (field: string): CommandError =>
  new CommandError('SBL-DAT-00498', `'${field}' is a required field. Please enter a value for the field.`);

/**
 * A picklist-bound field holds a value its bounded list of values does not have. Confirmed code and
 * symbol (field-evidence §4, IDS_ERR_EAI_SA_PICK_VALIDATE); text reconstructed (wire contract).
 */
export const notInPicklist = (component: string, field: string, value: string): CommandError =>
  new CommandError(
    'SBL-EAI-04401',
    `Picklist validation of field '${field}' in integration component '${component}' failed: no value in its bounded picklist matches '${value}'.`,
  );

/** A date or date-time field in another format than Siebel's. Reconstructed. */
export const badDate = (field: string, value: string, format: string): CommandError =>
  new CommandError(
    'SBL-DAT-00359',
    `'${value}' is not a valid value for field '${field}'; enter a date in the format ${format}.`,
  );

/**
 * A foreign key that names no live record the user may see. Reconstructed; note that field evidence
 * (§4) gives SBL-EAI-04397 another meaning (no user key usable), kept here until the contract says otherwise.
 */
export const unknownReference = (field: string, component: string, id: string): CommandError =>
  new CommandError(
    'SBL-EAI-04397',
    `No rows retrieved corresponding to the business component '${component}' for the value '${id}' of field '${field}'.`,
  );

/** An element the integration component does not define (as the QueryPage fault SBL-EAI-04127, seen in captured faults). */
export const unknownFieldElement = (tag: string, component: string): CommandError =>
  new CommandError(
    'SBL-EAI-04127',
    `Element with XML tag '${tag}' is not found in the definition of EAI Integration Component '${component}'`,
  );

/** A type the package defines but the simulated server keeps no table for. Reconstructed. */
export const noStorage = (typeId: string): CommandError =>
  new CommandError('SBL-EAI-04376', `The simulated server keeps no records of object type '${typeId}'.`);
