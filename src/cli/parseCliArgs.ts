import { parseArgs } from 'node:util';

/** The command line, parsed. */
export interface CliArgs {
  readonly server: string;
  readonly user: string;
  readonly passwordEnv: string;
  readonly dataDir: string | null;
  /** The company's deployment file (the wire profile), `null` for the defaults. */
  readonly deploymentFile: string | null;
  readonly full: boolean;
  readonly json: boolean;
  /** Print the helpdesk's diagnostic report of `--data` instead of synchronizing; server and user are optional then. */
  readonly diagnostics: boolean;
}

/**
 * The usage text printed by `--help` and after a usage error. It and the command-line errors below
 * stay English on purpose: they quote option names and examples that are the same in every
 * language, administrators paste them into scripts, tickets and searches, and they are what the
 * README documents. What a run prints (progress, summary, password and file errors) follows
 * `LC_ALL`/`LC_MESSAGES`/`LANG` (cliLanguage.ts).
 */
export const USAGE = `Usage: crm-desktop-sync --server <EAI URL> --user <name> [--password-env VAR] [--data <dir>] [--deployment <file>] [--full] [--json]
       crm-desktop-sync --diagnostics [--data <dir>] [--deployment <file>] [--server <EAI URL> --user <name>]

  --server        Siebel EAI endpoint URL
  --user          Siebel login name
  --password-env  environment variable holding the password (default CRM_DESKTOP_PASSWORD);
                  when it is unset and stdin is a terminal, the password is asked without echo
  --data          directory that keeps the local database between runs (next run is incremental)
  --deployment    the deployment file the add-in is deployed with (deployment.json: the Siebel wire
                  profile, docs/protocol.md); without it, Siebel-generated services are assumed
  --full          download everything again (initial synchronization)
  --json          print the report as JSON on stdout
  --diagnostics   print the diagnostic report for the helpdesk (versions, package, deployment settings,
                  the last synchronizations; no password and no CRM data) instead of synchronizing`;

/** A usage mistake; the message says what to change. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** Parses argv (without node and script). Refuses `--password`, which would leak into shell history and `ps`. */
export function parseCliArgs(argv: readonly string[]): CliArgs | 'help' {
  if (argv.some((a) => a === '--password' || a.startsWith('--password='))) {
    throw new CliUsageError(
      'The option --password is refused: a password on the command line is visible to other users (ps) and stays in the shell history — put it in an environment variable and name it with --password-env, or run in a terminal to be asked for it',
    );
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        server: { type: 'string' },
        user: { type: 'string' },
        'password-env': { type: 'string' },
        data: { type: 'string' },
        deployment: { type: 'string' },
        full: { type: 'boolean' },
        json: { type: 'boolean' },
        diagnostics: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliUsageError(`Reading the command line failed: ${(error as Error).message} — see --help`);
  }
  if (values.help) return 'help';
  const diagnostics = values.diagnostics ?? false;
  if (!values.server && !diagnostics)
    throw new CliUsageError(
      'Missing --server: give the Siebel EAI endpoint URL, e.g. --server http://localhost:7001/siebel/app/eai/enu/swe',
    );
  if (!values.user && !diagnostics)
    throw new CliUsageError('Missing --user: give the Siebel login name, e.g. --user JSMITH');
  return {
    server: values.server ?? '',
    user: values.user ?? '',
    passwordEnv: values['password-env'] ?? 'CRM_DESKTOP_PASSWORD',
    dataDir: values.data ?? null,
    deploymentFile: values.deployment ?? null,
    full: values.full ?? false,
    json: values.json ?? false,
    diagnostics,
  };
}
