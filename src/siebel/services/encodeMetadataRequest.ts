import type { MetadataRequest } from '../types';
import { xmlElement, type XmlSpec } from '../xml/writeXml';
import { METADATA } from './wireNames';

/** The `DownloadMetadataFiles_Input` element (empty strings write empty elements). */
export function encodeMetadataRequest(request: MetadataRequest): XmlSpec {
  return xmlElement(METADATA.input, [
    xmlElement(METADATA.packageId, request.packageId),
    xmlElement(METADATA.responsibilityId, request.responsibilityId),
    xmlElement(METADATA.hashValue, request.hashValue),
  ]);
}
