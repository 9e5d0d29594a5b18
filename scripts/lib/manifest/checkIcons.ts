import { controlSites } from './formFactors';
import { attr, child, children } from './xmlTree';
import type { XmlElement } from './xmlTree';

/**
 * Every size Outlook's desktop and web ribbons can ask for (16, 32 and 80 are required, the others
 * are picked on high-DPI screens); this add-in ships them all so no button is drawn scaled.
 */
export const DESKTOP_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;
/** Outlook mobile's icon sizes, each needed at scales 1, 2 and 3. */
export const MOBILE_ICON_SIZES = [25, 32, 48] as const;
export const MOBILE_ICON_SCALES = [1, 2, 3] as const;

function missing(wanted: readonly string[], present: readonly string[]): string[] {
  return wanted.filter((entry) => !present.includes(entry));
}

/** Desktop buttons carry the full icon set; mobile buttons a `bt:MobileIconList` of every size at every scale. */
export function checkIcons(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const site of controlSites(root)) {
    const icon = child(site.control, 'Icon');
    const { where } = site;
    if (!icon) {
      problems.push(`${where}: no <Icon>`);
      continue;
    }
    const images = children(icon).filter((node) => node.name === 'bt:Image');
    if (site.formFactor === 'MobileFormFactor') {
      if (attr(icon, 'xsi:type') !== 'bt:MobileIconList')
        problems.push(`${where}: a mobile <Icon> needs xsi:type="bt:MobileIconList"`);
      const wanted = MOBILE_ICON_SIZES.flatMap((size) => MOBILE_ICON_SCALES.map((scale) => `${size}@${scale}`));
      const lacking = missing(
        wanted,
        images.map((image) => `${attr(image, 'size')}@${attr(image, 'scale')}`),
      );
      if (lacking.length > 0)
        problems.push(
          `${where}: mobile icons lack size@scale ${lacking.join(', ')} — Outlook mobile wants ${MOBILE_ICON_SIZES.join('/')} px at scales ${MOBILE_ICON_SCALES.join(', ')}`,
        );
      continue;
    }
    const sizes = images.map((image) => attr(image, 'size'));
    const unknown = sizes.filter((size) => !(DESKTOP_ICON_SIZES as readonly number[]).includes(Number(size)));
    if (unknown.length > 0)
      problems.push(
        `${where}: icon sizes ${unknown.join(', ')} are not ones Outlook uses (${DESKTOP_ICON_SIZES.join(', ')})`,
      );
    const lacking = missing(DESKTOP_ICON_SIZES.map(String), sizes);
    if (lacking.length > 0)
      problems.push(
        `${where}: icons lack sizes ${lacking.join(', ')} — give every one of ${DESKTOP_ICON_SIZES.join(', ')} px so high-DPI screens get a sharp button`,
      );
  }
  return problems;
}
