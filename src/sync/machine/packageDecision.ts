import type { CustomizationPackage } from '../../metadata';
import type { MetadataAnswer } from '../../siebel';
import { NoPublishedPackageError } from '../errors/NoPublishedPackageError';
import type { SyncContext } from './types';
import { pendingGuard } from './afterUpload';
import { startDownloading, toLoggingOut, type StepResult } from './steps';

/**
 * Applies a DownloadMetadataFiles answer: files → parse them; no files → keep the installed
 * package and go on incrementally. A changed responsibility is recorded either way.
 */
export function afterMetadata(ctx: SyncContext, answer: MetadataAnswer): StepResult {
  const cachedResponsibility = ctx.installed?.responsibilityId ?? '';
  const responsibilityId = answer.responsibilityId || ctx.responsibilityId;
  const next: SyncContext = {
    ...ctx,
    packageId: answer.packageId || ctx.packageId,
    responsibilityId,
    hashValue: answer.hashValue || ctx.hashValue,
    responsibilityChanged:
      cachedResponsibility !== '' && responsibilityId.toUpperCase() !== cachedResponsibility.toUpperCase(),
  };
  if (answer.containsFiles) {
    return [
      { phase: 'applyingPackage', ctx: next, step: 'parsing', typeIds: [] },
      [{ type: 'parsePackage', files: answer.files }],
    ];
  }
  // An initial run asked with empty ids, so "no files" means the server has nothing to install.
  if (next.kind === 'initial' || next.installed === null)
    return toLoggingOut(next, 'failed', new NoPublishedPackageError());
  return startDownloading(next, next.installed.typeIds);
}

/**
 * Chooses what a parsed package means: same schema → install it in place and go on
 * incrementally; a different schema (or an initial run anyway) → a new staging database.
 */
export function afterPackageParsed(ctx: SyncContext, pkg: CustomizationPackage): StepResult {
  const typeIds = pkg.syncedTypes.map((t) => t.typeId);
  const hashValue = ctx.hashValue || pkg.contentHash;
  if (
    ctx.kind === 'incremental' &&
    ctx.installed !== null &&
    ctx.installed.schemaFingerprint === pkg.schemaFingerprint
  ) {
    return [
      { phase: 'applyingPackage', ctx: { ...ctx, hashValue }, step: 'installing', typeIds },
      [{ type: 'installPackage', pkg }],
    ];
  }
  const next: SyncContext = { ...ctx, hashValue, kind: 'initial', reason: ctx.reason ?? 'schemaChanged' };
  // A new schema means a new database: unsent changes of the active one would be lost with it.
  const guard = pendingGuard(next);
  if (guard) return guard;
  return [
    { phase: 'applyingPackage', ctx: next, step: 'preparingStaging', typeIds },
    [{ type: 'prepareStaging', pkg }],
  ];
}
