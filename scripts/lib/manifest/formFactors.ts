import { attr, child, children, descendants } from './xmlTree';
import type { XmlElement } from './xmlTree';

/** The nested block where SupportsPinning, SupportsSharedFolders and MobileFormFactor are defined. */
export const V1_1 = 'VersionOverridesV1_1';

/** A button (or mobile button) of the manifest, with where it sits. */
export interface ControlSite {
  /** `VersionOverridesV1_0` or `VersionOverridesV1_1`. */
  readonly block: string;
  /** `DesktopFormFactor` or `MobileFormFactor`. */
  readonly formFactor: string;
  /** The ExtensionPoint's `xsi:type`, e.g. `MessageReadCommandSurface`. */
  readonly surface: string;
  readonly control: XmlElement;
  /** How problems name the control: `<Control id="…"> on <surface> (VersionOverrides 1.x)`. */
  readonly where: string;
}

const isOverrides = (node: XmlElement) => node.name === 'VersionOverrides';

/** Every VersionOverrides block of the manifest (the 1.0 one and the 1.1 one nested in it). */
export function overridesBlocks(root: XmlElement): XmlElement[] {
  return descendants(root).filter(isOverrides);
}

/** The form factor elements (`DesktopFormFactor`, `MobileFormFactor`) of one block, not of the nested one. */
export function formFactorsOf(overrides: XmlElement): XmlElement[] {
  const hosts = child(overrides, 'Hosts');
  return (hosts ? children(hosts) : []).flatMap((host) =>
    children(host).filter((node) => /FormFactor$/.test(node.name ?? '')),
  );
}

/** Every control of every block, with its block, form factor and surface. */
export function controlSites(root: XmlElement): ControlSite[] {
  return overridesBlocks(root).flatMap((overrides) =>
    formFactorsOf(overrides).flatMap((formFactor) =>
      children(formFactor)
        .filter((node) => node.name === 'ExtensionPoint')
        .flatMap((point) =>
          descendants(point)
            .filter((node) => node.name === 'Control')
            .map((control) => ({
              block: attr(overrides, 'xsi:type'),
              formFactor: formFactor.name ?? '',
              surface: attr(point, 'xsi:type'),
              control,
              where: `<Control id="${attr(control, 'id')}"> on ${attr(point, 'xsi:type')} (VersionOverrides ${attr(overrides, 'xsi:type') === V1_1 ? '1.1' : '1.0'})`,
            })),
        ),
    ),
  );
}
