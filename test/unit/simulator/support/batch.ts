import type { Simulator } from '../../../../src/simulator';
import { findAll, textOf, type CanonicalElement } from './canonicalXml';
import { escapeForTest } from './escapeForTest';
import { call, envelope, type Answer } from './soap';

/** One command as a test writes it: record element name and fields by IOElemName, in order. */
export interface TestCommand {
  readonly id?: string | number;
  readonly operation: string;
  readonly record: string;
  /** Default `CRMDesktop<record>IO`. */
  readonly intObjName?: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** A command's answer as IOElemName → text for the record. */
export interface TestResult {
  readonly commandId: string;
  readonly status: string;
  readonly errorCode: string;
  readonly errorMessage: string;
  readonly record: Record<string, string> | undefined;
}

/**
 * Body of an ExecuteBatch call: lists straight in their parents (`direct`, the default, as in
 * test/fixtures/soap/upload/) or wrapped in SiebelMessage elements (`siebelMessage`, as in legacy/).
 */
export function batchBody(commands: readonly TestCommand[], shape: 'direct' | 'siebelMessage' = 'direct'): string {
  const wrap = (list: string) => (shape === 'siebelMessage' ? `<SiebelMessage>${list}</SiebelMessage>` : list);
  const command = (c: TestCommand, index: number) => {
    const io = c.intObjName ?? `CRMDesktop${c.record}IO`;
    const fields = Object.entries(c.fields)
      .map(([name, value]) => (value === '' ? `<${name}/>` : `<${name}>${escapeForTest(value)}</${name}>`))
      .join('');
    return (
      `<SyncCommand><CommandId>${c.id ?? index + 1}</CommandId><Operation>${c.operation}</Operation><IntObjName>${io}</IntObjName>` +
      wrap(
        `<ListOf${c.record} xmlns="http://www.siebel.com/xml/${io}"><${c.record}>${fields}</${c.record}></ListOf${c.record}>`,
      ) +
      '</SyncCommand>'
    );
  };
  return `<cus:ExecuteBatch_Input>${wrap(`<ListOfSyncCommand xmlns="http://www.siebel.com/xml/CRM%20Desktop%20Sync%20Command">${commands.map(command).join('')}</ListOfSyncCommand>`)}</cus:ExecuteBatch_Input>`;
}

/** Sends one batch with a session token and reads its results. */
export async function executeBatch(
  simulator: Simulator,
  token: string,
  commands: readonly TestCommand[],
): Promise<{ answer: Answer; results: TestResult[] }> {
  const answer = await call(simulator, envelope({ sessionType: 'Stateless', token }, batchBody(commands)));
  return { answer, results: findAll(answer.tree, 'SyncCommandResult').map(readResult) };
}

const RESULT_FIELDS = new Set(['CommandId', 'Status', 'ErrorCode', 'ErrorMessage']);
const localOf = (element: CanonicalElement) => element.name.replace(/^\{[^}]*\}/, '');

/** A result's record, from a list straight in the result or inside its SiebelMessage. */
function readResult(element: CanonicalElement): TestResult {
  const message = findAll(element, 'SiebelMessage')[0] ?? element;
  const list = message.children.find((child) => !RESULT_FIELDS.has(localOf(child)));
  const record = list?.children[0];
  return {
    commandId: textOf(element, 'CommandId'),
    status: textOf(element, 'Status'),
    errorCode: textOf(element, 'ErrorCode'),
    errorMessage: textOf(element, 'ErrorMessage'),
    record: record && Object.fromEntries(record.children.map((child) => [localOf(child), child.text])),
  };
}
