import { SimulatorOptionError } from '../SimulatorOptionError';
import type { SimulatorWire, SimulatorWireOptions } from '../types';

const SHAPES: ReadonlyArray<SimulatorWire['messageShape']> = ['direct', 'siebelMessage'];
const CRITERIA: ReadonlyArray<SimulatorWire['queryCriteria']> = ['searchspecAttribute', 'searchSpecArgument'];

/** `base` with the given fields changed, checked: a bad value throws `SimulatorOptionError` naming the option. */
export function resolveWire(base: SimulatorWire, change: SimulatorWireOptions = {}): SimulatorWire {
  const wire: SimulatorWire = {
    operationNamespace: change.operationNamespace ?? base.operationNamespace,
    soapAction: change.soapAction ?? base.soapAction,
    messageShape: change.messageShape ?? base.messageShape,
    queryCriteria: change.queryCriteria ?? base.queryCriteria,
    operations: { ...base.operations, ...definedOnly(change.operations ?? {}) },
  };
  if (!SHAPES.includes(wire.messageShape)) {
    throw new SimulatorOptionError(
      'wire.messageShape',
      `Unknown message shape "${String(wire.messageShape)}" — use ${SHAPES.join(' or ')}`,
    );
  }
  if (!CRITERIA.includes(wire.queryCriteria)) {
    throw new SimulatorOptionError(
      'wire.queryCriteria',
      `Unknown query criteria mode "${String(wire.queryCriteria)}" — use ${CRITERIA.join(' or ')}`,
    );
  }
  if (wire.operationNamespace.trim() === '')
    throw new SimulatorOptionError(
      'wire.operationNamespace',
      'The operation namespace is empty — give the target namespace of the services, e.g. http://siebel.com/asi/',
    );
  for (const [name, value] of Object.entries(wire.operations)) {
    if (typeof value !== 'string' || value.trim() === '')
      throw new SimulatorOptionError(
        `wire.operations.${name}`,
        `The operation name of ${name} is empty — give a name such as ${base.operations[name as keyof SimulatorWire['operations']]}`,
      );
  }
  return Object.freeze({ ...wire, operations: Object.freeze(wire.operations) });
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
