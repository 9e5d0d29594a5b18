import { inputElement, operationName } from '../profile/operationNames';
import { DEFAULT_WIRE_PROFILE, type WireProfile } from '../profile/WireProfile';
import type { MetadataRequest } from '../types';
import { xmlElement, type XmlSpec } from '../xml/writeXml';
import { METADATA } from './wireNames';

/** The `DownloadMetadataFiles_Input` element (empty strings write empty elements). */
export function encodeMetadataRequest(request: MetadataRequest, profile: WireProfile = DEFAULT_WIRE_PROFILE): XmlSpec {
  return xmlElement(inputElement(operationName(profile, 'downloadMetadataFiles')), [
    xmlElement(METADATA.packageId, request.packageId),
    xmlElement(METADATA.responsibilityId, request.responsibilityId),
    xmlElement(METADATA.hashValue, request.hashValue),
  ]);
}
