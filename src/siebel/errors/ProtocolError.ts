import { AddinError } from '../../shared';

/** What went wrong with the XML itself, not with the network or the Siebel business logic. */
export type ProtocolErrorCode = 'NotSoap' | 'UnexpectedSoapShape' | 'XmlRefused' | 'XmlEncode';

/**
 * The answer (or the request we were about to send) is not the SOAP we expect: an HTML login or
 * proxy page, a body of the wrong shape, hostile XML (DOCTYPE, too big, too deep), or a value
 * that XML 1.0 cannot carry. Never transient: repeating the call gives the same result.
 */
export class ProtocolError extends AddinError {
  override name = 'ProtocolError';

  constructor(
    override readonly code: ProtocolErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}
