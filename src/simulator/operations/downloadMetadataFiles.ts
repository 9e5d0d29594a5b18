import { noPublishedPackage } from '../soap/faultCatalog';
import { writeListArgument } from '../wire/listArgument';
import { childText } from '../xml/XmlElement';
import { element, textElement } from '../xml/xmlWriter';
import { outputElement, type OperationContext } from './OperationContext';

const FILES_NAMESPACE = 'http://www.siebel.com/xml/CRM%20Desktop%20Metadata%20Files';

/**
 * `PIM Client Metadata Service` / `DownloadMetadataFiles` (metadata-service.md §3): resolves
 * login → responsibility → published package; answers `containsFiles=false` only when the client's
 * cached ids are still the resolved ones and its hash is current; otherwise sends every file, as a
 * `ListOfCRMDesktopMetadataFiles` list written in the profile's message shape.
 */
export function downloadMetadataFiles(context: OperationContext): string {
  const resolved = context.catalog.resolve(context.user.responsibilityIds);
  if (!resolved) throw noPublishedPackage(context.user.userName);
  const clientPackageId = childText(context.input, 'packageId') ?? '';
  const clientResponsibilityId = childText(context.input, 'responsibilityId') ?? '';
  const clientHash = childText(context.input, 'hashValue') ?? '';
  const current =
    clientPackageId === resolved.state.id &&
    clientResponsibilityId === resolved.responsibilityId &&
    clientHash === resolved.state.hashValue;
  const files = current
    ? ''
    : writeListArgument(
        context.wire,
        element(
          'ListOfCRMDesktopMetadataFiles',
          { xmlns: FILES_NAMESPACE },
          resolved.files
            .map((file) =>
              element(
                'MetadataFile',
                {},
                textElement('Name', file.name) +
                  textElement('Type', file.type) +
                  textElement('Content', Buffer.from(file.content, 'utf8').toString('base64')),
              ),
            )
            .join(''),
        ),
      );
  const output = outputElement(context);
  return element(
    output.name,
    output.namespace,
    textElement('containsFiles', String(!current)) +
      textElement('packageId', resolved.state.id) +
      textElement('responsibilityId', resolved.responsibilityId) +
      textElement('hashValue', resolved.state.hashValue) +
      files,
  );
}
