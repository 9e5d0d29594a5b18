import { describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../../src/simulator';
import { findAll, textOf, type CanonicalElement } from './support/canonicalXml';
import { call, envelope, login, metadataBody } from './support/soap';

interface MetadataReply {
  status: number;
  containsFiles: string;
  packageId: string;
  responsibilityId: string;
  hashValue: string;
  files: Map<string, { type: string; content: string }>;
  errorCodes: string[];
}

async function download(
  simulator: Simulator,
  token: string,
  ids: [string, string, string] = ['', '', ''],
): Promise<MetadataReply> {
  const answer = await call(simulator, envelope({ sessionType: 'Stateless', token }, metadataBody(...ids)));
  const files = new Map(
    findAll(answer.tree, 'MetadataFile').map((file: CanonicalElement) => [
      textOf(file, 'Name'),
      { type: textOf(file, 'Type'), content: Buffer.from(textOf(file, 'Content'), 'base64').toString('utf8') },
    ]),
  );
  return {
    status: answer.status,
    containsFiles: textOf(answer.tree, 'containsFiles'),
    packageId: textOf(answer.tree, 'packageId'),
    responsibilityId: textOf(answer.tree, 'responsibilityId'),
    hashValue: textOf(answer.tree, 'hashValue'),
    files,
    errorCodes: answer.errorCodes,
  };
}

const idsOf = (reply: MetadataReply): [string, string, string] => [
  reply.packageId,
  reply.responsibilityId,
  reply.hashValue,
];
const metaInfo = (reply: MetadataReply) => reply.files.get('siebel_meta_info.xml')!.content;

describe('DownloadMetadataFiles', () => {
  it('sends every file of the sales rep package on the first download', async () => {
    const simulator = createSimulator();
    const reply = await download(simulator, await login(simulator));
    expect(reply).toMatchObject({
      status: 200,
      containsFiles: 'true',
      packageId: '1-PKG-SALES',
      responsibilityId: '1-RESP-SALES',
    });
    expect(reply.hashValue).toMatch(/^[0-9a-f]{16}$/);
    expect([...reply.files.keys()]).toEqual([
      'connector_configuration.xml',
      'forms_12.xml',
      'info.xml',
      'package_res.de_DE.xml',
      'package_res.xml',
      'siebel_basic_mapping.xml',
      'siebel_meta_info.xml',
    ]);
    expect(reply.files.get('package_res.de_DE.xml')!.content).toContain('Aktivität');
    expect(reply.files.get('info.xml')!.content).toContain('name="Sales Representative"');
  });

  it('answers containsFiles=false when the cached ids and hash are current', async () => {
    const simulator = createSimulator();
    const token = await login(simulator);
    const first = await download(simulator, token);
    const second = await download(simulator, token, idsOf(first));
    expect(second).toMatchObject({ containsFiles: 'false', packageId: first.packageId, hashValue: first.hashValue });
    expect(second.files.size).toBe(0);
  });

  it('resolves the manager package for MJONES through his first responsibility', async () => {
    const simulator = createSimulator();
    const reply = await download(simulator, await login(simulator, 'MJONES'));
    expect(reply).toMatchObject({ packageId: '1-PKG-MGR', responsibilityId: '1-RESP-MGR' });
    expect(metaInfo(reply)).toContain('IOElemName="PrimaryRevenueWinProbability"');
  });

  it('answers SBL-PIM-00101 for a user whose responsibility has no published package', async () => {
    const simulator = createSimulator();
    const answer = await call(
      simulator,
      envelope({ user: 'NOPKG', password: 'Welcome1', sessionType: 'Stateless' }, metadataBody()),
    );
    expect(answer.status).toBe(500);
    expect(answer.errorCodes).toEqual(['SBL-PIM-00101']);
    expect(simulator.openSessionCount()).toBe(0);
  });

  it('falls back to full resolution when the cached package was unpublished', async () => {
    const simulator = createSimulator();
    const token = await login(simulator, 'MJONES');
    const manager = await download(simulator, token);
    simulator.admin.unpublishPackage('sales-manager');
    const reply = await download(simulator, token, idsOf(manager));
    expect(reply).toMatchObject({ containsFiles: 'true', packageId: '1-PKG-SALES', responsibilityId: '1-RESP-SALES' });
  });

  it('answers the no-package fault after the only package of a user is unpublished', async () => {
    const simulator = createSimulator();
    const token = await login(simulator);
    simulator.admin.unpublishPackage('sales-rep');
    expect((await download(simulator, token)).errorCodes).toEqual(['SBL-PIM-00101']);
  });

  it('publishes a schema change: new Account field, new version, new hash', async () => {
    const simulator = createSimulator();
    const token = await login(simulator);
    const before = await download(simulator, token);
    const state = simulator.admin.publishPackage('sales-rep', { kind: 'schema' });
    const after = await download(simulator, token, idsOf(before));
    expect(after.containsFiles).toBe('true');
    expect(after.hashValue).not.toBe(before.hashValue);
    expect(state.version).toBe('1.1.0');
    expect(after.files.get('info.xml')!.content).toContain('version="1.1.0"');
    expect(metaInfo(after)).toContain('IOElemName="Industry"');
    expect(metaInfo(before)).not.toContain('IOElemName="Industry"');
    simulator.admin.publishPackage('sales-rep', { kind: 'schema' });
    expect(metaInfo(await download(simulator, token))).toContain('IOElemName="IndustryCode"');
  });

  it('publishes a UI change that keeps siebel_meta_info.xml as it was', async () => {
    const simulator = createSimulator();
    const token = await login(simulator);
    const before = await download(simulator, token);
    simulator.admin.publishPackage('sales-rep', { kind: 'ui' });
    const after = await download(simulator, token, idsOf(before));
    expect(after.hashValue).not.toBe(before.hashValue);
    expect(metaInfo(after)).toBe(metaInfo(before));
    expect(after.files.get('package_res.xml')!.content).not.toBe(before.files.get('package_res.xml')!.content);
    expect(after.files.get('package_res.xml')!.content).toContain('Siebel Accounts (v1.1.0)');
  });

  it('publishes arbitrary (broken) files as they are', async () => {
    const simulator = createSimulator();
    const token = await login(simulator);
    simulator.admin.publishPackage('sales-rep', {
      kind: 'files',
      files: [{ name: 'siebel_meta_info.xml', type: 'XML', content: '<SiebelMetaInfo><object' }],
    });
    const reply = await download(simulator, token);
    expect([...reply.files.keys()]).toEqual(['siebel_meta_info.xml']);
    expect(metaInfo(reply)).toBe('<SiebelMetaInfo><object');
  });

  it('resets packages to the files on disk', async () => {
    const simulator = createSimulator();
    const original = simulator.admin.packages();
    simulator.admin.publishPackage('sales-rep', { kind: 'schema' });
    simulator.admin.unpublishPackage('sales-manager');
    simulator.admin.reset();
    expect(simulator.admin.packages()).toEqual(original);
  });
});
