import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';
import type { UnifiedManifest } from './unifiedManifest';

const require = createRequire(import.meta.url);

/** Compiling the schema takes most of a second, so each version's validator is compiled once. */
const validators = new Map<string, ValidateFunction | null>();

/**
 * Microsoft's JSON schema for `manifestVersion`, as shipped (MIT) in @microsoft/app-manifest, which
 * office-addin-mock brings in; `null` when that package lacks this version. Read from node_modules,
 * never fetched: the `$schema` URL needs internet.
 */
export function unifiedSchema(manifestVersion: string): object | null {
  try {
    return JSON.parse(
      readFileSync(
        require.resolve(
          `@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`,
        ),
        'utf8',
      ),
    ) as object;
  } catch {
    return null;
  }
}

/**
 * Validates the manifest against Microsoft's schema for its `manifestVersion` (draft-04, so Ajv's
 * draft-04 build). Returns one line per distinct problem.
 */
export function checkUnifiedSchema(manifest: UnifiedManifest): string[] {
  const version = manifest.manifestVersion;
  const validate = validatorFor(version);
  if (!validate) {
    return [
      `manifest.json: no schema for manifestVersion ${version} in @microsoft/app-manifest — install a version that ships it, or pin the converter's schema version`,
    ];
  }
  if (validate(manifest)) return [];
  const lines = (validate.errors ?? []).map(
    (error) =>
      `manifest.json${error.instancePath || '/'} ${error.message ?? error.keyword} (schema ${version}, ${error.schemaPath})`,
  );
  return [...new Set(lines)];
}

function validatorFor(version: string): ValidateFunction | null {
  if (!validators.has(version)) {
    const schema = unifiedSchema(version);
    // strict: false — Ajv's strict mode rejects Microsoft's schema for its style, not its meaning
    // (`additionalProperties` without `type: object`, `required` names under `dependencies`).
    const ajv = new Ajv({ allErrors: true, strict: false });
    // The only format version 1.17 uses; URL.canParse is what an absolute URI needs.
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    validators.set(version, schema ? ajv.compile(schema) : null);
  }
  return validators.get(version) ?? null;
}
