import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const download = vi.fn();

// The siebel layer's session and call replaced by a recorder: this file tests only checkMetadata's contract.
vi.mock('../../../src/siebel', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/siebel')>()),
  SiebelSession: class {
    constructor(readonly options: unknown) {
      calls.push('open');
    }
    async logoff() {
      calls.push('logoff');
      return { loggedOff: true };
    }
  },
  downloadMetadataFiles: (...args: unknown[]) => {
    calls.push('download');
    return download(...args);
  },
}));

const { checkMetadata } = await import('../../../src/sync');
const OPTIONS = { endpointUrl: 'http://localhost/eai', userName: 'JSMITH', password: 'Welcome1' };

beforeEach(() => {
  calls.length = 0;
  download.mockReset();
});

describe('checkMetadata', () => {
  it('asks with empty ids and hash, then logs off', async () => {
    download.mockResolvedValue({
      containsFiles: false,
      packageId: 'P',
      responsibilityId: 'R',
      hashValue: 'H',
      files: [],
    });
    await expect(checkMetadata(OPTIONS)).resolves.toMatchObject({ packageId: 'P' });
    expect(download).toHaveBeenCalledWith(expect.anything(), { packageId: '', responsibilityId: '', hashValue: '' });
    expect(calls).toEqual(['open', 'download', 'logoff']);
  });

  it('logs off and passes the error on when the download fails', async () => {
    const failure = Object.assign(new Error('Siebel answered an unexpected shape'), { code: 'UnexpectedSoapShape' });
    download.mockRejectedValue(failure);
    await expect(checkMetadata(OPTIONS)).rejects.toBe(failure);
    expect(calls).toEqual(['open', 'download', 'logoff']);
  });
});
