// The wizard's steps after the welcome step, and the error bar of the package step: one chunk,
// `wizard-steps`, loaded by FirstRunWizard.
export { ErrorBar } from '../ErrorBar';
export { CredentialsStep } from './CredentialsStep';
export { DoneStep } from './DoneStep';
export { FirstSyncStep } from './FirstSyncStep';
export { PackageStep } from './PackageStep';
export { ServerStep } from './ServerStep';
