import { decodeSoapReply, type SoapReply } from '../soap/decodeSoapReply';
import { requireBoolean, requireText, shapeError } from '../soap/shapeError';
import type { MetadataAnswer, MetadataFile } from '../types';
import { childrenNamed, type XmlElement } from '../xml/XmlElement';
import { operationName, outputElement } from '../profile/operationNames';
import { DEFAULT_WIRE_PROFILE, type WireProfile } from '../profile/WireProfile';
import { anyObjectList, describeElement, findObjectList } from '../soap/objectList';
import { requireOutput } from '../soap/requireOutput';
import { METADATA } from './wireNames';

const SOURCE = METADATA.operation;

/**
 * Decodes a `DownloadMetadataFiles` answer envelope (file contents: base64 → UTF-8 text). The
 * file list is read in both shapes (straight in the output or inside `SiebelMessage`).
 */
export function decodeMetadataAnswer(
  xml: string,
  profile: WireProfile = DEFAULT_WIRE_PROFILE,
): SoapReply<MetadataAnswer> {
  return decodeSoapReply(xml, SOURCE, (output) => readMetadataOutput(output, profile));
}

function readMetadataOutput(output: XmlElement, profile: WireProfile): MetadataAnswer {
  requireOutput(
    output,
    outputElement(operationName(profile, 'downloadMetadataFiles')),
    profile.operationNamespace,
    SOURCE,
  );
  const containsFiles = requireBoolean(output, METADATA.containsFiles, SOURCE);
  return {
    containsFiles,
    packageId: requireText(output, METADATA.packageId, SOURCE).trim(),
    responsibilityId: requireText(output, METADATA.responsibilityId, SOURCE).trim(),
    hashValue: requireText(output, METADATA.hashValue, SOURCE).trim(),
    files: containsFiles ? readFiles(output) : [],
  };
}

function readFiles(output: XmlElement): MetadataFile[] {
  const list = findObjectList(output, METADATA.filesList);
  if (!list) {
    const other = anyObjectList(output);
    throw shapeError(
      SOURCE,
      `containsFiles is true but the answer holds ${other ? describeElement(other) : 'no file list'} where <${METADATA.filesList}> was expected`,
    );
  }
  return childrenNamed(list, METADATA.file).map((file) => ({
    name: requireText(file, METADATA.fileName, SOURCE).trim(),
    type: requireText(file, METADATA.fileType, SOURCE).trim(),
    content: decodeBase64Utf8(requireText(file, METADATA.fileContent, SOURCE), SOURCE),
  }));
}

function decodeBase64Utf8(base64: string, source: string): string {
  let binary: string;
  try {
    // atob ignores ASCII whitespace, so line-wrapped base64 is fine.
    binary = atob(base64);
  } catch {
    throw shapeError(source, 'a metadata file Content is not base64');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    throw shapeError(source, 'a metadata file Content is not UTF-8 text once base64-decoded');
  }
}
