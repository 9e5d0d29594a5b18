import { attr, child, children, textOf } from './xmlTree';
import type { XmlElement } from './xmlTree';

/** The top-level elements of a MailApp manifest, in the order the schema demands. */
export const MAIL_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'FormSettings',
  'Permissions',
  'Rule',
  'DisableEntityHighlighting',
  'Dictionary',
  'VersionOverrides',
] as const;

/** Elements this add-in needs Outlook to see (the rest of MAIL_APP_ORDER is optional). */
export const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'Hosts',
  'Requirements',
  'FormSettings',
  'Permissions',
  'Rule',
  'VersionOverrides',
] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

/** Root, element order, Id, Version, host and the Mailbox requirement. */
export function checkStructure(root: XmlElement): string[] {
  const problems: string[] = [];
  if (root.name !== 'OfficeApp') problems.push(`root element is <${root.name}>, expected <OfficeApp>`);
  if (attr(root, 'xsi:type') !== 'MailApp')
    problems.push(`OfficeApp xsi:type is "${attr(root, 'xsi:type')}", expected "MailApp"`);
  const names = children(root).map((node) => node.name ?? '');
  for (const name of REQUIRED) if (!names.includes(name)) problems.push(`<${name}> is missing`);
  let last = -1;
  for (const name of names) {
    const rank = (MAIL_APP_ORDER as readonly string[]).indexOf(name);
    if (rank === -1) problems.push(`<${name}> is not a MailApp element`);
    else if (rank < last) problems.push(`<${name}> is out of order: it must come before <${MAIL_APP_ORDER[last]}>`);
    else last = rank;
  }
  if (!GUID.test(textOf(child(root, 'Id')))) problems.push(`<Id> "${textOf(child(root, 'Id'))}" is not a GUID`);
  if (!VERSION.test(textOf(child(root, 'Version'))))
    problems.push(`<Version> "${textOf(child(root, 'Version'))}" is not n.n.n.n`);
  const host = child(root, 'Hosts') && child(child(root, 'Hosts')!, 'Host');
  if (attr(host, 'Name') !== 'Mailbox') problems.push('<Hosts> must contain <Host Name="Mailbox"/>');
  const set = child(root, 'Requirements') && child(child(child(root, 'Requirements')!, 'Sets') ?? root, 'Set');
  const minVersion = Number(attr(set, 'MinVersion'));
  if (attr(set, 'Name').toLowerCase() !== 'mailbox' || !(minVersion >= 1.5)) {
    problems.push('<Requirements> must ask for the Mailbox requirement set 1.5 or higher');
  }
  return problems;
}
