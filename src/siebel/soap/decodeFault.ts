import { FAULT_DETAIL } from '../services/wireNames';
import type { SiebelErrorEntry, SoapFault } from '../types';
import { childrenNamed, descendantsNamed, findChild, type XmlElement } from '../xml/XmlElement';

const SIEBEL_CODE = /SBL-[A-Z]{3}-\d{5}/;

/**
 * Reads a SOAP 1.1 `Fault` element. The Siebel error stack is found under `detail` by LOCAL name
 * (`siebdetail/errorstack/error`, or the older `errorstack` directly under `detail`), because two
 * fault namespaces exist in the wild.
 */
export function decodeFault(fault: XmlElement): SoapFault {
  const detail = findChild(fault, 'detail');
  const stacks = detail ? descendantsNamed(detail, FAULT_DETAIL.errorStack) : [];
  return {
    faultCode: (findChild(fault, 'faultcode')?.text ?? '').trim(),
    faultString: (findChild(fault, 'faultstring')?.text ?? '').trim(),
    errors: stacks.flatMap((stack) => childrenNamed(stack, FAULT_DETAIL.error)).map(decodeError),
  };
}

function decodeError(error: XmlElement): SiebelErrorEntry {
  const message = (findChild(error, FAULT_DETAIL.message)?.text ?? '').trim();
  const written = (findChild(error, FAULT_DETAIL.code)?.text ?? '').trim();
  // Codes come as "SBL-EAI-04316" or "(SBL-EAI-04316)"; the older form has no errorcode at all.
  const code = written ? written.replace(/^\((.*)\)$/, '$1').trim() : (SIEBEL_CODE.exec(message)?.[0] ?? '');
  return { code, symbol: (findChild(error, FAULT_DETAIL.symbol)?.text ?? '').trim(), message };
}
