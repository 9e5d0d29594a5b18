import type { Translator } from '../i18n';
import { ENGLISH } from './cliLanguage';
import { CliUsageError } from './parseCliArgs';

/** Where a password may come from. */
export interface PasswordSources {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: NodeJS.ReadStream;
  readonly stderr: NodeJS.WriteStream;
}

/**
 * The password from the environment variable `name`, else asked on the terminal without echo.
 * Never from an argument; never printed.
 */
export async function readPassword(
  name: string,
  sources: PasswordSources,
  translator: Translator = ENGLISH,
): Promise<string> {
  const fromEnv = sources.env[name];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!sources.stdin.isTTY) {
    throw new CliUsageError(translator.t('cli.password.missing', { name }));
  }
  return promptHidden(translator, sources.stdin, sources.stderr);
}

function promptHidden(translator: Translator, stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = '';
    stderr.write(translator.t('cli.password.prompt'));
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new CliUsageError(translator.t('cli.password.cancelled')));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}
