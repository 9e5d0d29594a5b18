import { CLI_HELP, parseCliArgs } from './cli/parseCliArgs';
import { createSimulator } from './createSimulator';
import { startSimulatorServer } from './node/startSimulatorServer';
import type { SimulatorSettings } from './types';

/* `npm run simulator -- --port 7001 --accounts 5000 --profile field`: the simulator as a standalone HTTP server. */

async function main(): Promise<void> {
  const config = parseCliArgs(process.argv.slice(2));
  if (config.help) {
    console.log(CLI_HELP);
    return;
  }
  const simulator = createSimulator(config.options);
  for (const rule of config.faults) simulator.faults.add(rule);
  const server = await startSimulatorServer(simulator, { port: config.port, host: config.host });
  console.log(`Siebel Server simulator listening on ${server.url}`);
  console.log(`EAI endpoint: ${server.endpointUrl}`);
  console.log(`Admin API:    ${server.url}/simulator/admin/state`);
  const settings = simulator.admin.settings();
  const { wire } = settings;
  console.log(
    `Wire:         ${wire.operationNamespace}, ${wire.messageShape}, ${wire.queryCriteria}; MaximumPageSize ${settings.maximumPageSize}`,
  );
  console.log(`Profile:      ${describeProfile(settings)}`);
  console.log(`Server clock: ${settings.serverTime} ${settings.timeZone} (offset ${settings.clockOffsetMs} ms)`);
  console.log('Demo users:');
  for (const user of simulator.users)
    console.log(`  ${user.userName.padEnd(8)} ${user.password.padEnd(10)} ${user.fullName}`);
  process.once('SIGINT', () => {
    void server.close().then(() => process.exit(0));
  });
}

function describeProfile({ latency, maxSessionsPerUser }: SimulatorSettings): string {
  const time = !latency
    ? 'answers at once'
    : latency.jitterMs
      ? `${latency.fixedMs}–${latency.fixedMs + latency.jitterMs} ms a call`
      : `${latency.fixedMs} ms a call`;
  return `${time}; ${maxSessionsPerUser === null ? 'no bound on sessions' : `at most ${maxSessionsPerUser} sessions a user`}`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
