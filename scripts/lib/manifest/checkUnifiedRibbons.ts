import { resourcesOf } from './checkResources';
import { RIBBON_ICON_SIZES } from './editConvertedManifest';
import { controlSites, formFactorsOf, overridesBlocks, V1_1 } from './formFactors';
import type { ControlSite } from './formFactors';
import type { Extension, RibbonControl, UnifiedManifest } from './unifiedManifest';
import { attr, child, descendants, textOf } from './xmlTree';
import type { XmlElement } from './xmlTree';

/** The unified manifest's ribbon context for each desktop command surface of manifest.xml. */
export const SURFACE_CONTEXTS: Readonly<Record<string, string>> = {
  MessageReadCommandSurface: 'mailRead',
  MessageComposeCommandSurface: 'mailCompose',
  AppointmentAttendeeCommandSurface: 'meetingDetailsAttendee',
  AppointmentOrganizerCommandSurface: 'meetingDetailsOrganizer',
};

type FormFactor = 'desktop' | 'mobile';

/** What a control's checks need to know about the XML block and the JSON extension. */
interface Scope {
  readonly extension: Extension;
  readonly resource: (resid: string) => string;
  readonly functionFile: Readonly<Record<string, string>>;
}

/**
 * Every button of the VersionOverrides 1.1 block (the one clients that read the unified manifest
 * use) is on the first ribbon Outlook picks for its surface and form factor ("first-of order":
 * the converter writes the 1.1 block's ribbons before the 1.0 block's), with its label, icons and
 * action: the function of the function file, or the task pane page, pinnable as in the XML.
 */
export function checkUnifiedRibbons(root: XmlElement, manifest: UnifiedManifest): string[] {
  const blocks = overridesBlocks(root);
  const block = blocks.find((node) => attr(node, 'xsi:type') === V1_1) ?? blocks[0];
  const extension = manifest.extensions?.[0];
  if (!block || !extension) return [];
  const resources = new Map(resourcesOf(block).map((resource) => [resource.id, resource.value]));
  const functionFile = Object.fromEntries(
    formFactorsOf(block).map((formFactor) => [
      formFactor.name === 'MobileFormFactor' ? 'mobile' : 'desktop',
      resources.get(attr(child(formFactor, 'FunctionFile'), 'resid')) ?? '',
    ]),
  );
  const scope: Scope = { extension, resource: (resid) => resources.get(resid) ?? '', functionFile };
  return controlSites(root)
    .filter((site) => site.block === attr(block, 'xsi:type'))
    .flatMap((site) =>
      site.formFactor === 'MobileFormFactor' ? checkMobileControl(site, scope) : checkDesktopControl(site, scope),
    );
}

function checkDesktopControl(site: ControlSite, scope: Scope): string[] {
  const context = SURFACE_CONTEXTS[site.surface];
  if (!context)
    return [`${site.where}: no unified-manifest context is known for ${site.surface} — add it to SURFACE_CONTEXTS`];
  const ribbon = (scope.extension.ribbons ?? []).find(
    (candidate) => candidate.contexts.includes(context) && appliesTo(candidate.requirements?.formFactors, 'desktop'),
  );
  if (!ribbon) return [`${site.where}: manifest.json has no desktop ribbon for "${context}"`];
  const id = attr(site.control, 'id');
  const control = ribbon.tabs
    .flatMap((tab) => tab.groups ?? [])
    .flatMap((group) => group.controls)
    .find((candidate) => candidate.id === id);
  if (!control)
    return [`${site.where}: the first desktop ribbon for "${context}" in manifest.json has no control "${id}"`];
  return [
    ...checkLabel(site, control, scope),
    ...checkDesktopIcons(site, control, scope),
    ...checkAction(site, control, scope, 'desktop'),
  ];
}

function checkMobileControl(site: ControlSite, scope: Scope): string[] {
  // The converter numbers mobile controls itself (mobileControl_N), so the label identifies them.
  const label = scope.resource(attr(child(site.control, 'Label'), 'resid'));
  const control = (scope.extension.ribbons ?? [])
    .filter((ribbon) => appliesTo(ribbon.requirements?.formFactors, 'mobile'))
    .flatMap((ribbon) => ribbon.tabs.flatMap((tab) => tab.customMobileRibbonGroups ?? []))
    .flatMap((group) => group.controls)
    .find((candidate) => candidate.label === label);
  if (!control) return [`${site.where}: manifest.json has no mobile button labelled "${label}"`];
  return checkAction(site, control, scope, 'mobile');
}

const appliesTo = (formFactors: readonly string[] | undefined, formFactor: FormFactor) =>
  !formFactors || formFactors.includes(formFactor);

function checkLabel(site: ControlSite, control: RibbonControl, scope: Scope): string[] {
  const label = scope.resource(attr(child(site.control, 'Label'), 'resid'));
  return control.label === label
    ? []
    : [`${site.where}: label in manifest.json is "${control.label}", manifest.xml says "${label}"`];
}

/** Each JSON icon is the XML's image of the same size, and the required sizes are all there. */
function checkDesktopIcons(site: ControlSite, control: RibbonControl, scope: Scope): string[] {
  const images = new Map(
    descendants(child(site.control, 'Icon') ?? {}).map((image) => [
      Number(attr(image, 'size')),
      scope.resource(attr(image, 'resid')),
    ]),
  );
  const wrong = control.icons
    .filter((icon) => images.get(icon.size) !== icon.url)
    .map((icon) => `${icon.size} px (${icon.url})`);
  const missing = RIBBON_ICON_SIZES.filter((size) => !control.icons.some((icon) => icon.size === size));
  return [
    ...(wrong.length > 0
      ? [`${site.where}: manifest.json icons ${wrong.join(', ')} are not the XML's images of that size`]
      : []),
    ...(missing.length > 0 ? [`${site.where}: manifest.json icons lack ${missing.join(', ')} px`] : []),
  ];
}

/** ExecuteFunction: an executeFunction action of the function file. ShowTaskpane: an openPage action of the task pane page. */
function checkAction(site: ControlSite, control: RibbonControl, scope: Scope, formFactor: FormFactor): string[] {
  const action = child(site.control, 'Action');
  const runtime = (scope.extension.runtimes ?? []).find(
    (candidate) =>
      appliesTo(candidate.requirements?.formFactors, formFactor) &&
      (candidate.actions ?? []).some((entry) => entry.id === control.actionId),
  );
  const json = runtime?.actions?.find((entry) => entry.id === control.actionId);
  if (!runtime || !json)
    return [`${site.where}: action "${control.actionId}" is in no ${formFactor} runtime of manifest.json`];
  const problems: string[] = [];
  if (attr(action, 'xsi:type') === 'ExecuteFunction') {
    const name = textOf(child(action ?? {}, 'FunctionName'));
    if (json.type !== 'executeFunction' || json.id !== name)
      problems.push(`${site.where}: manifest.json runs ${json.type} "${json.id}", manifest.xml runs function ${name}`);
    if (runtime.code.page !== scope.functionFile[formFactor])
      problems.push(
        `${site.where}: function runs in ${runtime.code.page}, manifest.xml's function file is ${scope.functionFile[formFactor]}`,
      );
  } else {
    const page = scope.resource(attr(child(action ?? {}, 'SourceLocation'), 'resid'));
    const pinnable = textOf(child(action ?? {}, 'SupportsPinning')) === 'true';
    if (json.type !== 'openPage' || runtime.code.page !== page)
      problems.push(
        `${site.where}: manifest.json opens ${json.type} ${runtime.code.page}, manifest.xml opens the task pane ${page}`,
      );
    if (Boolean(json.pinnable) !== pinnable)
      problems.push(`${site.where}: manifest.json has pinnable ${Boolean(json.pinnable)}, manifest.xml ${pinnable}`);
  }
  return problems;
}
