import { parseXml } from '../xml/parseXml';

/** A field of an object as the server needs it: Siebel Name, element name on the wire, data type. */
export interface SimField {
  readonly name: string;
  readonly ioElemName: string;
  readonly dataType: string;
}

/** An object of siebel_meta_info.xml as the server needs it to answer QueryPage. */
export interface SimObject {
  readonly typeId: string;
  readonly intObjName: string;
  readonly recordElemName: string;
  readonly collectionElemName: string;
  /** `viewmodes/@General`, else `@ViewMode`, else `All`. */
  readonly viewMode: string;
  readonly fields: readonly SimField[];
}

/**
 * Reads the objects of a package's siebel_meta_info.xml with the simulator's own parser
 * (it never shares the client's package parser). Returns [] for a file it cannot read,
 * so a broken published package only breaks the queries, as on a real server.
 */
export function parseMetaInfo(content: string | undefined): SimObject[] {
  if (content === undefined) return [];
  let root;
  try {
    root = parseXml(content);
  } catch {
    return [];
  }
  return root.children
    .filter((child) => child.local === 'object')
    .map((object) => {
      const viewmodes = object.children.find((child) => child.local === 'viewmodes');
      const fields = object.children
        .filter((child) => child.local === 'field' && child.attributes.Name && child.attributes.IOElemName)
        .map((field) => ({
          name: field.attributes.Name,
          ioElemName: field.attributes.IOElemName,
          dataType: field.attributes.DataType ?? 'DTYPE_TEXT',
        }));
      return {
        typeId: object.attributes.TypeId ?? '',
        intObjName: object.attributes.IntObjName ?? '',
        recordElemName: object.attributes.SiebMsgXmlElemName ?? '',
        collectionElemName: object.attributes.SiebMsgXmlCollectionElemName ?? '',
        viewMode: viewmodes?.attributes.General ?? object.attributes.ViewMode ?? 'All',
        fields,
      };
    });
}
