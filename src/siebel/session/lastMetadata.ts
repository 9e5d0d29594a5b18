import type { MetadataRequest } from '../types';

// Kept beside the session rather than on it, so the logoff probe's ids are not part of the public class.
const seen = new WeakMap<object, MetadataRequest>();

/** Records the ids and hash of the latest metadata answer a session received. */
export function rememberMetadata(session: object, answer: MetadataRequest): void {
  seen.set(session, {
    packageId: answer.packageId,
    responsibilityId: answer.responsibilityId,
    hashValue: answer.hashValue,
  });
}

/** The ids and hash of the latest metadata answer of `session`; empty strings when none was seen. */
export function lastMetadataOf(session: object): MetadataRequest {
  return seen.get(session) ?? { packageId: '', responsibilityId: '', hashValue: '' };
}
