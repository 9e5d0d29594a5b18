import type { ObjectType } from '../../metadata';
import type { SyncCommand, SyncCommandResult, WireRecord } from '../../siebel';
import { isLocalId, type FieldValue, type PendingChange, type StoredRecord } from '../../store';
import { mapWireRecord } from '../download/mapWireRecord';
import { classifyCommandError } from './classifyCommandError';
import { encodeCommand } from './encodeCommand';
import { planUpload, type UploadWave } from './planUpload';
import { chunk } from '../../shared';
import { unsentReference } from './unsentReference';
import { findMatches } from './checkDuplicates';
import { refusedValueMessage } from './refusedValueMessage';
import type { UploadRun } from './UploadRun';

const VERB = { insert: 'insert', update: 'update', delete: 'deletion' } as const;

/**
 * Sends the changes wave by wave (planUpload) in `ExecuteBatch` calls of at most
 * `max_commands_per_batch` commands. Records are read again before each wave, so references to
 * records inserted by an earlier wave already hold their server Id; a reference still holding a
 * local id makes the change wait. Each answer is taken back on its own (`acknowledgeUpload`, or an
 * issue). A failure of the call itself (transport, session) throws: what was acknowledged stays.
 */
export async function sendWaves(
  run: UploadRun,
  changes: readonly PendingChange[],
  kind: 'initial' | 'incremental',
): Promise<void> {
  for (const wave of planUpload(
    changes,
    run.pkg.syncedTypes.map((t) => t.typeId),
  )) {
    run.ws.progress.enter('uploading', kind, wave.typeIds.length === 1 ? wave.typeIds[0] : null);
    const commands = await encodeWave(run, wave);
    for (const part of chunk(commands, run.pkg.commonSettings.maxCommandsPerBatch)) {
      const siebel = run.ws.siebel;
      if (!siebel) throw new Error('No Siebel session is open');
      run.ws.runtime.signal?.throwIfAborted();
      await markSending(run, part);
      const results = await siebel.executeBatch(
        part.map((p) => p.command),
        run.ws.runtime.signal,
      );
      for (const [i, result] of results.entries())
        await takeAnswer(run, part[i], run.object(part[i].change.typeId), result);
      run.ws.progress.advance(part.length, 1);
    }
    run.ws.progress.flush();
  }
}

/** One pending change as it goes out: its command and, for an update, the values it carries. */
interface Outgoing {
  readonly change: PendingChange;
  readonly command: SyncCommand;
  readonly sent: Readonly<Record<string, FieldValue>> | null;
}

/**
 * Marks the updates' values as on their way before the call leaves: an edit the user saves while
 * the answer is awaited keeps those fields pending even when it sets them back (`PendingChange.sending`).
 */
function markSending(run: UploadRun, part: readonly Outgoing[]): Promise<void> {
  return run.db.markSending(
    part.flatMap(({ change, sent }) =>
      sent ? [{ typeId: change.typeId, recordId: change.recordId, values: sent }] : [],
    ),
  );
}

async function encodeWave(run: UploadRun, wave: UploadWave): Promise<Outgoing[]> {
  const commands: Outgoing[] = [];
  for (const change of wave.changes) {
    const object = run.object(change.typeId);
    const record = change.operation === 'delete' ? null : ((await run.db.get(change.typeId, change.recordId)) ?? null);
    if (change.operation !== 'delete' && !record) continue;
    const waiting = record ? unsentReference(object, change, record, isLocalId) : null;
    if (waiting) {
      const message = `Waiting for the ${waiting.typeId} it points to (${waiting.field}) to be sent to Siebel first`;
      await run.raise(change, 'failure', { message }, { state: 'ready', failed: false });
      continue;
    }
    const sent =
      change.operation === 'update' && record
        ? Object.fromEntries(change.changedFields.map((f) => [f, record[f] ?? null]))
        : null;
    commands.push({ change, command: encodeCommand(object, change, record, commands.length + 1), sent });
  }
  return commands;
}

async function takeAnswer(
  run: UploadRun,
  { change, sent }: Outgoing,
  object: ObjectType,
  result: SyncCommandResult,
): Promise<void> {
  if (result.status === 'Success') return acknowledge(run, change, sent, object, result.record);
  const what = `Siebel refused the ${VERB[change.operation]} of this ${object.typeId}`;
  switch (classifyCommandError(result.errorCode, result.errorMessage)) {
    case 'recordChanged':
      return run.raise(
        change,
        'failure',
        {
          message: `${what}: it changed in Siebel meanwhile. The next synchronization compares both versions`,
          code: result.errorCode,
        },
        { state: 'ready', failed: true },
      );
    case 'recordNotFound':
      if (change.operation === 'delete') return run.drop(change, null);
      if (change.operation === 'update') {
        return run.raise(
          change,
          'conflict',
          {
            message: `${object.typeId} was deleted in Siebel (or is no longer visible to you) while you changed it here`,
            code: result.errorCode,
            server: null,
          },
          { state: 'blocked', failed: false },
        );
      }
      break;
    case 'refusedValue': {
      const record = await run.db.get(change.typeId, change.recordId);
      return run.raise(
        change,
        'failure',
        { message: refusedValueMessage(object, record, result.errorMessage), code: result.errorCode },
        { state: 'ready', failed: true },
      );
    }
    case 'duplicate': {
      const record = await run.db.get(change.typeId, change.recordId);
      const matches = record ? await findMatches(run, object, record, change.recordId) : [];
      return run.raise(
        change,
        'duplicate',
        {
          message: `${what}: a record with the same key values exists (${result.errorMessage})`,
          code: result.errorCode,
          matches,
        },
        { state: 'blocked', failed: false },
      );
    }
    default:
      break;
  }
  await run.raise(
    change,
    'failure',
    { message: `${what}: ${result.errorMessage}`, code: result.errorCode },
    { state: 'ready', failed: true },
  );
}

async function acknowledge(
  run: UploadRun,
  change: PendingChange,
  sent: Outgoing['sent'],
  object: ObjectType,
  wire: WireRecord | null,
): Promise<void> {
  let serverRecord: StoredRecord | null = null;
  if (change.operation !== 'delete') {
    const mapped = wire ? mapWireRecord(object, wire) : null;
    if (!mapped?.ok) {
      const problem = mapped && !mapped.ok ? mapped.problem : 'no record came back';
      // Siebel holds the sent values: they stay marked as sent (see markSending).
      await run.raise(
        sent ? { ...change, sending: { ...change.sending, ...sent } } : change,
        'failure',
        {
          message: `Siebel accepted the ${VERB[change.operation]} but its answer could not be read (${problem}); it is checked again on the next synchronization`,
        },
        { state: 'ready', failed: true },
      );
      return;
    }
    serverRecord = mapped.record;
  }
  await run.db.acknowledgeUpload({
    typeId: change.typeId,
    recordId: change.recordId,
    revision: change.revision,
    changeId: change.changeId,
    serverRecord,
    sentFields: change.changedFields,
  });
  run.counts[change.operation === 'insert' ? 'inserted' : change.operation === 'update' ? 'updated' : 'deleted']++;
}
