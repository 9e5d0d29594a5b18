import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../../../src/cli/parseCliArgs';

describe('parseCliArgs', () => {
  it('reads every option and defaults the password variable to CRM_DESKTOP_PASSWORD', () => {
    expect(parseCliArgs(['--server', 'http://h/eai', '--user', 'JSMITH'])).toEqual({
      server: 'http://h/eai',
      user: 'JSMITH',
      passwordEnv: 'CRM_DESKTOP_PASSWORD',
      dataDir: null,
      deploymentFile: null,
      full: false,
      json: false,
      diagnostics: false,
    });
    expect(
      parseCliArgs([
        '--server',
        's',
        '--user',
        'u',
        '--password-env',
        'PW',
        '--data',
        '/tmp/d',
        '--deployment',
        'deployment.json',
        '--full',
        '--json',
      ]),
    ).toMatchObject({
      passwordEnv: 'PW',
      dataDir: '/tmp/d',
      deploymentFile: 'deployment.json',
      full: true,
      json: true,
    });
  });

  it('asks for neither server nor user with --diagnostics, and still for both without it', () => {
    expect(parseCliArgs(['--diagnostics', '--data', '/tmp/d'])).toMatchObject({
      diagnostics: true,
      server: '',
      user: '',
      dataDir: '/tmp/d',
    });
    expect(() => parseCliArgs(['--data', '/tmp/d'])).toThrow(CliUsageError);
  });

  it('refuses a password given as an argument and says why', () => {
    expect(() => parseCliArgs(['--server', 's', '--user', 'u', '--password', 'x'])).toThrow(/shell history/);
    expect(() => parseCliArgs(['--server', 's', '--user', 'u', '--password=x'])).toThrow(CliUsageError);
  });

  it('names the missing option and refuses unknown ones', () => {
    expect(() => parseCliArgs(['--user', 'u'])).toThrow(/Missing --server/);
    expect(() => parseCliArgs(['--server', 's'])).toThrow(/Missing --user/);
    expect(() => parseCliArgs(['--server', 's', '--user', 'u', '--verbose'])).toThrow(/see --help/);
  });
});
