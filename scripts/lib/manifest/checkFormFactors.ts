import { controlSites, formFactorsOf, overridesBlocks, V1_1 } from './formFactors';
import { attr, child, children, descendants, textOf } from './xmlTree';
import type { XmlElement } from './xmlTree';

/** The surfaces whose task panes Outlook can pin: messages, read and compose — never appointments. */
export const PINNABLE_SURFACES = ['MessageReadCommandSurface', 'MessageComposeCommandSurface'] as const;

/** The extension points Outlook on iOS and Android knows. */
export const MOBILE_SURFACES = [
  'MobileMessageReadCommandSurface',
  'MobileOnlineMeetingCommandSurface',
  'MobileLogEventAppointmentAttendee',
  'LaunchEvent',
] as const;

function isTrue(element: XmlElement | undefined): boolean {
  return textOf(element).toLowerCase() === 'true';
}

/**
 * `SupportsPinning` only on task pane buttons of message surfaces in the 1.1 block (Outlook pins no
 * appointment pane, and the 1.0 schema has no such element); and because the task pane follows
 * `ItemChanged`, every message task pane button of the 1.1 block is pinnable.
 */
export function checkPinning(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const site of controlSites(root)) {
    const action = child(site.control, 'Action');
    const pinning = action && child(action, 'SupportsPinning');
    const { where } = site;
    const pinnable = (PINNABLE_SURFACES as readonly string[]).includes(site.surface);
    if (pinning && site.block !== V1_1)
      problems.push(`${where}: <SupportsPinning> exists only in VersionOverrides 1.1 — move it to the nested block`);
    else if (pinning && attr(action, 'xsi:type') !== 'ShowTaskpane')
      problems.push(`${where}: <SupportsPinning> belongs to a ShowTaskpane action only`);
    else if (pinning && !pinnable)
      problems.push(`${where}: Outlook pins task panes of messages only (read and compose) — remove <SupportsPinning>`);
    else if (site.block === V1_1 && pinnable && attr(action, 'xsi:type') === 'ShowTaskpane' && !isTrue(pinning)) {
      problems.push(
        `${where}: the task pane follows the selected item (ItemChanged) — add <SupportsPinning>true</SupportsPinning> so users can pin it`,
      );
    }
  }
  return problems;
}

/** `SupportsSharedFolders` is a child of the 1.1 block's DesktopFormFactor, set to true (delegates, shared mailboxes). */
export function checkSharedFolders(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const overrides of overridesBlocks(root)) {
    const desktops = formFactorsOf(overrides).filter((node) => node.name === 'DesktopFormFactor');
    const own = descendants(overrides, (node) => node.name === 'VersionOverrides').filter(
      (node) => node.name === 'SupportsSharedFolders',
    );
    const placed = desktops.flatMap((desktop) =>
      children(desktop).filter((node) => node.name === 'SupportsSharedFolders'),
    );
    if (own.length > placed.length || (placed.length > 0 && attr(overrides, 'xsi:type') !== V1_1)) {
      problems.push('<SupportsSharedFolders> belongs directly under <DesktopFormFactor> of VersionOverrides 1.1');
    }
    if (
      attr(overrides, 'xsi:type') === V1_1 &&
      !desktops.some((desktop) => isTrue(child(desktop, 'SupportsSharedFolders')))
    ) {
      problems.push(
        'VersionOverrides 1.1: add <SupportsSharedFolders>true</SupportsSharedFolders> to <DesktopFormFactor>, so delegates and shared mailboxes get the add-in',
      );
    }
  }
  return problems;
}

/** Outlook mobile: a MobileFormFactor in the 1.1 block with the message read surface, mobile controls only. */
export function checkMobile(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const overrides of overridesBlocks(root)) {
    const mobiles = formFactorsOf(overrides).filter((node) => node.name === 'MobileFormFactor');
    if (mobiles.length > 0 && attr(overrides, 'xsi:type') !== V1_1)
      problems.push('<MobileFormFactor> exists only in VersionOverrides 1.1 — move it to the nested block');
    const surfaces = mobiles.flatMap((mobile) =>
      children(mobile)
        .filter((node) => node.name === 'ExtensionPoint')
        .map((point) => attr(point, 'xsi:type')),
    );
    for (const surface of surfaces) {
      if (!(MOBILE_SURFACES as readonly string[]).includes(surface))
        problems.push(
          `<MobileFormFactor>: ExtensionPoint "${surface}" is not one Outlook mobile knows (${MOBILE_SURFACES.join(', ')})`,
        );
    }
    if (attr(overrides, 'xsi:type') === V1_1 && !surfaces.includes('MobileMessageReadCommandSurface')) {
      problems.push(
        'VersionOverrides 1.1: add a <MobileFormFactor> with a MobileMessageReadCommandSurface, so Outlook on iOS and Android offers the add-in',
      );
    }
  }
  for (const site of controlSites(root).filter((s) => s.formFactor === 'MobileFormFactor')) {
    if (attr(site.control, 'xsi:type') !== 'MobileButton') problems.push(`${site.where} must be a MobileButton`);
    if (child(site.control, 'Supertip')) problems.push(`${site.where}: Outlook mobile has no <Supertip>`);
  }
  return problems;
}

/** Where the add-in appears: pinning, shared folders, Outlook mobile. */
export function checkFormFactors(root: XmlElement): string[] {
  return [...checkPinning(root), ...checkSharedFolders(root), ...checkMobile(root)];
}
