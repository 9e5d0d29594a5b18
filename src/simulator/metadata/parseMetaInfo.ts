import { parseXml } from '../xml/parseXml';

/** A field of an object as the server needs it: Siebel Name, element name on the wire, data type. */
export interface SimField {
  readonly name: string;
  readonly ioElemName: string;
  readonly dataType: string;
  /** `HasPicklist="yes"`: the server bounds the value by its list of values. */
  readonly hasPicklist?: boolean;
  /** `RefObjTypeId` of a foreign key (`IsRefObjId="yes"`): the type the id must name. */
  readonly refObjTypeId?: string;
}

/** An object of siebel_meta_info.xml as the server needs it to answer QueryPage. */
export interface SimObject {
  readonly typeId: string;
  readonly intObjName: string;
  readonly recordElemName: string;
  readonly collectionElemName: string;
  /** `viewmodes/@General`, else `@ViewMode`, else `All`. */
  readonly viewMode: string;
  /** `IsAssociation="yes"`: a link between two records (ActionContact). */
  readonly isAssociation?: boolean;
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
          hasPicklist: field.attributes.HasPicklist === 'yes',
          ...(field.attributes.IsRefObjId === 'yes' && field.attributes.RefObjTypeId
            ? { refObjTypeId: field.attributes.RefObjTypeId }
            : {}),
        }));
      return {
        typeId: object.attributes.TypeId ?? '',
        intObjName: object.attributes.IntObjName ?? '',
        recordElemName: object.attributes.SiebMsgXmlElemName ?? '',
        collectionElemName: object.attributes.SiebMsgXmlCollectionElemName ?? '',
        viewMode: viewmodes?.attributes.General ?? object.attributes.ViewMode ?? 'All',
        isAssociation: object.attributes.IsAssociation === 'yes',
        fields,
      };
    });
}

/** `common_settings` of siebel_meta_info.xml as the server enforces them. */
export interface SimCommonSettings {
  /** Largest batch accepted; `Infinity` when the value is not a positive integer (data-sync.md §2). */
  readonly maxCommandsPerBatch: number;
}

/** Reads `common_settings/max_commands_per_batch` (default 50); never throws. */
export function parseCommonSettings(content: string | undefined): SimCommonSettings {
  let text: string | undefined;
  try {
    const root = content === undefined ? undefined : parseXml(content);
    const settings = root?.children.find((child) => child.local === 'common_settings');
    text = settings?.children.find((child) => child.local === 'max_commands_per_batch')?.text.trim();
  } catch {
    text = undefined;
  }
  if (text === undefined) return { maxCommandsPerBatch: 50 };
  const value = Number(text);
  return { maxCommandsPerBatch: Number.isInteger(value) && value > 0 ? value : Infinity };
}
