import { AddinError } from '../../shared';

/**
 * An Office call failed (an `*Async` callback reported `AsyncResultStatus.Failed`, or Office
 * is missing what the add-in needs). The Office error stays in `cause`.
 */
export class HostError extends AddinError {
  override name = 'HostError';

  constructor(message: string, options?: { cause?: unknown }) {
    super('Host', message, options);
  }
}
