#!/usr/bin/env node
// Starts the TypeScript command-line tool through tsx, so it runs from a fresh clone after `npm ci`
// without a build step. The password never comes from an argument (see --help).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
