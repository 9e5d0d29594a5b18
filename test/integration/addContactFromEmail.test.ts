import { describe, expect, it } from 'vitest';
import { isLocalId } from '../../src/store';
import { createRecord } from '../../src/sync';
import { contactFields } from '../../src/taskpane/components/email/contactFields';
import { contactPrefill } from '../../src/taskpane/components/email/contactPrefill';
import { emailPlan } from '../../src/taskpane/components/email/emailPlan';
import { suggestAccount } from '../../src/taskpane/components/email/suggestAccount';
import { useSyncWorld } from './support/syncHarness';
import { createUploadWorld, idOf, type UploadWorld } from './support/uploadWorld';

useSyncWorld();

/** What "Add as contact" saves for `name <email>`: the prefilled form, saved unchanged. */
async function addFromEmail(world: UploadWorld, name: string, email: string) {
  const ctx = await world.ctx();
  const person = emailPlan(ctx.pkg, ctx.db.layout).people.find((p) => p.object.typeId === 'Contact')!;
  const fields = contactFields(person);
  const suggestion = await suggestAccount(ctx.db, ctx.pkg, fields, email);
  const values = contactPrefill(fields, { name, written: email }, suggestion?.ref.id ?? null);
  return { suggestion, saved: await createRecord(ctx, fields.typeId, values) };
}

describe('a contact added from an email', () => {
  it('is created in Siebel at the next synchronization, with the account its domain suggested', async () => {
    const world = await createUploadWorld();
    // Another contact of the same company: its address's domain is the new person's.
    const colleague = world.serverRecord('Contact', 0);
    const domain = colleague['Email Address'].split('@')[1];
    const { suggestion, saved } = await addFromEmail(world, '"Vogt, Ines"', `Ines.Vogt@${domain}`);
    expect(suggestion?.domain).toBe(domain);
    expect(suggestion?.evidence.contacts).toBeGreaterThan(0);
    const db = await world.db();
    const sameDomain = (await db.whereEquals('Contact', 'AccountId', suggestion!.ref.id)).filter((c) =>
      String(c.EmailAddress).endsWith(`@${domain}`),
    );
    // The suggestion counted the server's contacts at the domain; the new contact is one more now.
    expect(sameDomain.length).toBe(suggestion!.evidence.contacts + 1);
    expect(await db.pendingChange('Contact', idOf(saved))).toMatchObject({ operation: 'insert' });

    const report = await world.sync();
    expect(report.uploads).toMatchObject({ inserted: 1, issues: 0 });
    const [sent] = (await db.whereEquals('Contact', 'LastName', 'Vogt')).filter((c) => c.FirstName === 'Ines');
    expect(isLocalId(idOf(sent))).toBe(false);
    expect(world.simulator.data.get('Contact', idOf(sent))).toMatchObject({
      'First Name': 'Ines',
      'Last Name': 'Vogt',
      'Email Address': `Ines.Vogt@${domain}`,
      'Account Id': suggestion!.ref.id,
    });
    expect(await db.countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('is held as a duplicate when Siebel has a contact with that address the local data does not know yet', async () => {
    const world = await createUploadWorld();
    // Created in Siebel after the last download, so the task pane still shows the sender as unknown;
    // the same address (a natural key of the package) under another last name.
    const server = world.simulator.data.create(
      'Contact',
      { 'First Name': 'Mara', 'Last Name': 'Holm-Berg', 'Email Address': 'mara.holm@holm.test' },
      { owner: 'JSMITH' },
    );
    const { suggestion, saved } = await addFromEmail(world, 'Mara Holm', 'mara.holm@holm.test');
    expect(suggestion).toBeNull();

    const report = await world.sync();
    expect(report.uploads).toMatchObject({ inserted: 0, issues: 1 });
    const db = await world.db();
    const [issue] = await db.listIssues();
    expect(issue).toMatchObject({ kind: 'duplicate', recordId: idOf(saved) });
    expect(issue.matches?.map((m) => [m.source, m.record.Id])).toEqual([['server', server.Id]]);
    expect(await db.pendingChange('Contact', idOf(saved))).toMatchObject({ state: 'blocked', operation: 'insert' });
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('becomes the Siebel contact with the same values that the local data does not know yet', async () => {
    const world = await createUploadWorld();
    const server = world.simulator.data.create(
      'Contact',
      { 'First Name': 'Olaf', 'Last Name': 'Berg', 'Email Address': 'olaf@berg.test' },
      { owner: 'JSMITH' },
    );
    const before = world.simulator.data.count('Contact');
    const { saved } = await addFromEmail(world, 'Berg, Olaf', 'olaf@berg.test');

    const report = await world.sync();
    expect(report.uploads).toMatchObject({ inserted: 0, issues: 0 });
    expect(world.simulator.data.count('Contact')).toBe(before);
    const db = await world.db();
    expect(await db.get('Contact', idOf(saved))).toBeUndefined();
    expect(await db.get('Contact', server.Id)).toMatchObject({ FirstName: 'Olaf', EmailAddress: 'olaf@berg.test' });
    expect(await db.countPendingChanges()).toBe(0);
  });
});
