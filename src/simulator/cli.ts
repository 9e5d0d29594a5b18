import { CLI_HELP, parseCliArgs } from './cli/parseCliArgs';
import { createSimulator } from './createSimulator';
import { startSimulatorServer } from './node/startSimulatorServer';

/* `npm run simulator -- --port 7001 --accounts 5000`: the simulator as a standalone HTTP server. */

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
  console.log(`Wire:         ${wire.operationNamespace}, ${wire.messageShape}, ${wire.queryCriteria}; MaximumPageSize ${settings.maximumPageSize}`);
  console.log(`Server clock: ${settings.serverTime} ${settings.timeZone} (offset ${settings.clockOffsetMs} ms)`);
  console.log('Demo users:');
  for (const user of simulator.users) console.log(`  ${user.userName.padEnd(8)} ${user.password.padEnd(10)} ${user.fullName}`);
  process.once('SIGINT', () => {
    void server.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
