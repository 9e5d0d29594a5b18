import { decodeSoapReply, type SoapReply } from '../soap/decodeSoapReply';
import { requireBoolean, requireChild, requireText, shapeError } from '../soap/shapeError';
import type { MetadataAnswer, MetadataFile } from '../types';
import { childrenNamed, findChild, type XmlElement } from '../xml/XmlElement';
import { METADATA, OPERATION_NS } from './wireNames';

const SOURCE = METADATA.operation;

/** Decodes a `DownloadMetadataFiles` answer envelope (file contents: base64 → UTF-8 text). */
export function decodeMetadataAnswer(xml: string): SoapReply<MetadataAnswer> {
  return decodeSoapReply(xml, SOURCE, readMetadataOutput);
}

function readMetadataOutput(output: XmlElement): MetadataAnswer {
  if (output.local !== METADATA.output || output.ns !== OPERATION_NS) {
    throw shapeError(SOURCE, `the Body holds <${output.local}> instead of <${METADATA.output}>`);
  }
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
  const message = requireChild(output, METADATA.siebelMessage, SOURCE);
  const list = findChild(message, METADATA.filesList);
  if (!list) return [];
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
