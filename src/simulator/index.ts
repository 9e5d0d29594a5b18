/* Simulator */
export { createSimulator } from './createSimulator';
export { DEMO_USERS } from './demoUsers';
export { SimulatedDrop, isSimulatedDrop } from './SimulatedDrop';
export { optionsForRecords } from './data/DataLayout';

/* Adapters (Node) */
export { startSimulatorServer } from './node/startSimulatorServer';
export type { SimulatorServer, SimulatorServerOptions } from './node/startSimulatorServer';
export { createSimulatorMiddleware } from './node/createSimulatorMiddleware';
export type { SimulatorMiddleware } from './node/createSimulatorMiddleware';

/* Types */
export type {
  CommandRejection,
  DataSetOptions,
  FaultRule,
  FaultRuleBase,
  MetadataFileContent,
  PackageChange,
  PackageState,
  SimRecord,
  Simulator,
  SimulatorAdmin,
  SimulatorClock,
  SimulatorCounters,
  SimulatorData,
  SimulatorFaults,
  SimulatorOptions,
  SimulatorUser,
  WriteCounts,
} from './types';
