/**
 * The parts of the unified manifest for Microsoft 365 (JSON) that our scripts read or edit. The full
 * shape is Microsoft's schema (checkUnifiedSchema.ts); properties we never touch stay `unknown`.
 * @see https://learn.microsoft.com/microsoft-365/extensibility/schema/
 */
export interface UnifiedManifest {
  readonly $schema: string;
  readonly manifestVersion: string;
  readonly id: string;
  readonly version: string;
  readonly name: { readonly short: string; readonly full: string };
  readonly description: { readonly short: string; readonly full: string };
  /** Paths relative to manifest.json inside the app package. */
  readonly icons: { readonly outline: string; readonly color: string };
  readonly authorization?: { readonly permissions?: { readonly resourceSpecific?: readonly Permission[] } };
  readonly extensions?: readonly Extension[];
  readonly [property: string]: unknown;
}

/** An `authorization.permissions.resourceSpecific` entry, e.g. `MailboxItem.Read.User`. */
export interface Permission {
  readonly name: string;
  readonly type: string;
}

/** Requirement sets, scopes and form factors that select where a part of the manifest applies. */
export interface Requirements {
  readonly capabilities?: ReadonlyArray<{
    readonly name: string;
    readonly minVersion?: string;
    readonly maxVersion?: string;
  }>;
  readonly scopes?: readonly string[];
  readonly formFactors?: readonly string[];
}

/** One Office add-in in the app. */
export interface Extension {
  readonly requirements?: Requirements;
  readonly runtimes?: readonly Runtime[];
  readonly ribbons?: readonly Ribbon[];
  readonly alternates?: ReadonlyArray<{
    readonly alternateIcons?: { readonly icon: Icon; readonly highResolutionIcon: Icon };
  }>;
  readonly [property: string]: unknown;
}

/** A page (task pane) or function file, and the actions it serves. */
export interface Runtime {
  readonly id: string;
  readonly requirements?: Requirements;
  readonly code: { readonly page: string; readonly script?: string };
  readonly actions?: readonly Action[];
}

/** `executeFunction` (id = the function name) or `openPage` (a task pane). */
export interface Action {
  readonly id: string;
  readonly type: string;
  readonly pinnable?: boolean;
  readonly [property: string]: unknown;
}

/** Ribbon customisation for some contexts; Outlook takes the first ribbon whose requirements match. */
export interface Ribbon {
  readonly requirements?: Requirements;
  readonly contexts: readonly string[];
  readonly tabs: readonly RibbonTab[];
}

export interface RibbonTab {
  readonly id?: string;
  readonly builtInTabId?: string;
  readonly groups?: ReadonlyArray<{
    readonly id?: string;
    readonly label: string;
    readonly controls: readonly RibbonControl[];
  }>;
  readonly customMobileRibbonGroups?: ReadonlyArray<{
    readonly id: string;
    readonly label: string;
    readonly controls: readonly RibbonControl[];
  }>;
}

export interface RibbonControl {
  readonly id: string;
  readonly type: string;
  readonly label: string;
  readonly icons: readonly Icon[];
  readonly actionId: string;
  readonly supertip?: { readonly title: string; readonly description: string };
  readonly [property: string]: unknown;
}

/** `scale` only on mobile buttons. */
export interface Icon {
  readonly size: number;
  readonly url: string;
  readonly scale?: number;
}
