import { AddinError } from '../../shared';
import { FAULT_CODES } from '../services/wireNames';
import { pageSizeLimitOf } from '../session/faultSignatures';
import type { SiebelErrorEntry, SoapFault } from '../types';

const SIEBEL_CODE = /SBL-[A-Z]{3}-\d{5}/g;

/** What kind of refusal a {@link SiebelFaultError} is. */
export type SiebelFaultCode = 'SiebelFault' | 'NoPublishedPackage' | 'PageSizeTooLarge';

/**
 * Siebel answered with a SOAP fault: the server understood the request and refused it (a business
 * rule, a bad field name, no published package…). Code `NoPublishedPackage` for SBL-PIM-00101,
 * `PageSizeTooLarge` for SBL-EAI-04447 (with the server's limit in `maximumPageSize` when its
 * message states it), `SiebelFault` otherwise. Session faults (bad credentials, rejected token)
 * become a SessionError whose `cause` is this error.
 */
export class SiebelFaultError extends AddinError {
  override name = 'SiebelFaultError';
  override readonly code: SiebelFaultCode;
  /** For `PageSizeTooLarge`: the object manager's `MaximumPageSize`, `null` when not stated. */
  readonly maximumPageSize: number | null;
  readonly faultCode: string;
  readonly faultString: string;
  readonly errors: readonly SiebelErrorEntry[];
  /** Every `SBL-XXX-NNNNN` code of the fault, outermost first, without duplicates. */
  readonly siebelCodes: readonly string[];

  /**
   * @param fault already free of secrets (the session redacts server text before it gets here)
   * @param operation e.g. `DownloadMetadataFiles`, `AccountQueryPage`
   * @param userName the login, named in the no-package message
   */
  constructor(
    fault: SoapFault,
    readonly operation: string,
    userName: string,
  ) {
    const siebelCodes = codesOf(fault);
    const code = codeOf(fault, siebelCodes);
    super(
      code,
      code === 'NoPublishedPackage' ? noPackageMessage(userName) : faultMessage(fault, operation, siebelCodes),
    );
    this.code = code;
    this.maximumPageSize = pageSizeLimitOf(fault) ?? null;
    this.faultCode = fault.faultCode;
    this.faultString = fault.faultString;
    this.errors = fault.errors;
    this.siebelCodes = siebelCodes;
  }

  /** True when the fault names `code` anywhere (error stack, fault string or error messages). */
  hasCode(code: string): boolean {
    return this.siebelCodes.includes(code);
  }
}

function codeOf(fault: SoapFault, siebelCodes: readonly string[]): SiebelFaultCode {
  if (siebelCodes.includes(FAULT_CODES.noPublishedPackage)) return 'NoPublishedPackage';
  if (pageSizeLimitOf(fault) !== undefined) return 'PageSizeTooLarge';
  return 'SiebelFault';
}

function codesOf(fault: SoapFault): string[] {
  const found = [
    ...fault.errors.map((error) => error.code),
    ...fault.errors.flatMap((error) => error.message.match(SIEBEL_CODE) ?? []),
    ...(fault.faultString.match(SIEBEL_CODE) ?? []),
  ];
  return [...new Set(found.filter((code) => code !== ''))];
}

function noPackageMessage(userName: string): string {
  return `No customization package is published for your responsibility: ask your CRM administrator to publish one for user ${userName}'s responsibility, then synchronize again`;
}

function faultMessage(fault: SoapFault, operation: string, codes: readonly string[]): string {
  const label = codes.length > 0 ? codes.join(', ') : fault.faultCode || 'no error code';
  const text = fault.faultString || fault.errors[0]?.message || 'no fault text';
  return `Siebel rejected the ${operation} call (${label}): ${text} — check the customization package and the user's responsibility, or give this error code to your CRM administrator`;
}
