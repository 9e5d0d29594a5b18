/* Simulator */
export { createSimulator } from './createSimulator';
export { DEMO_USERS } from './demoUsers';
export { SimulatedDrop, isSimulatedDrop } from './SimulatedDrop';
export { optionsForRecords } from './data/DataLayout';
export { SimulatorOptionError, isSimulatorOptionError } from './SimulatorOptionError';

/* Wire profiles */
export { DEFAULT_SIMULATOR_WIRE, LEGACY_SIMULATOR_WIRE } from './wire/wireProfiles';

/* Server profiles (latency, page limit, sessions per user) */
export { FIELD_PROFILE, INSTANT_PROFILE } from './profile/simulatorProfiles';

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
  ServerClockChange,
  SimRecord,
  Simulator,
  SimulatorAdmin,
  SimulatorClock,
  SimulatorCounters,
  SimulatorData,
  SimulatorFaults,
  SimulatorLatency,
  SimulatorOperationNames,
  SimulatorOptions,
  SimulatorProfile,
  SimulatorSettings,
  SimulatorSettingsChange,
  SimulatorTraffic,
  SimulatorUser,
  SimulatorWire,
  SimulatorWireOptions,
  WriteCounts,
} from './types';
