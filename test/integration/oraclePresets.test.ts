import { describe, expect, it } from 'vitest';
import { createWorld, useSyncWorld, type SyncWorld } from './support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/** Republishes the sales-rep package with `presets` in place of its filter presets. */
function publishPresets(world: SyncWorld, presets: string): void {
  const files = world.simulator.admin.packageFiles('sales-rep').map((file) =>
    file.name === 'connector_configuration.xml'
      ? {
          ...file,
          content: file.content.replace(
            /<filter_presets>[\s\S]*<\/filter_presets>/,
            `<filter_presets>${presets}</filter_presets>`,
          ),
        }
      : file,
  );
  world.simulator.admin.publishPackage('sales-rep', { kind: 'files', files });
}

/** Oracle's Filter Presets Tag example, as the Administration Guide writes it: `in` with an array, `ge` with `today`. */
const ORACLE_EXAMPLE = `
  <preset name="Test filters">
    <type id="Opportunity">
      <group link="and">
        <binary field="Sales Stage" condition="in">
          <value type="array">
            <value type="string">01 - Prospecting</value>
            <value type="string">02 - Qualification</value>
          </value>
        </binary>
      </group>
    </type>
    <type id="Action">
      <group link="and">
        <binary field="Planned" condition="ge">
          <value type="function">today</value>
        </binary>
      </group>
    </type>
  </preset>`;

describe("a package written from Oracle's own filter preset example", () => {
  it('parses, and the in-array preset reaches the server as a search spec that selects exactly those records', async () => {
    const world = await createWorld();
    publishPresets(
      world,
      ORACLE_EXAMPLE.replace('<preset name="Test filters">', '<preset name="Test filters" default="true">'),
    );
    world.clock.advance(HOUR);
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report).toMatchObject({ kind: 'initial', outcome: 'succeeded' });
    const expected = [...world.simulator.data.list('Opportunity', 'JSMITH')].filter((r) =>
      ['01 - Prospecting', '02 - Qualification'].includes(r['Sales Stage']),
    );
    expect(expected.length).toBeGreaterThan(0);
    const db = await world.store.activeDatabase();
    expect((await db!.primaryKeys('Opportunity')).sort()).toEqual(expected.map((r) => r.Id).sort());
  });

  it('makes a preset it cannot translate unavailable, synchronizes with another one, and logs why', async () => {
    const world = await createWorld();
    const untranslatable = `
      <preset name="#broken" default="true">
        <type id="Action"><group link="and"><binary field="Planned" condition="ge"><value type="function">next_quarter</value></binary></group></type>
      </preset>${ORACLE_EXAMPLE}`;
    publishPresets(world, untranslatable);
    world.clock.advance(HOUR);
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report).toMatchObject({ kind: 'initial', outcome: 'succeeded' });
    expect(report.packageWarnings?.some((w) => /next_quarter/.test(w.message))).toBe(true);
    const [entry] = await world.store.listSyncLog(1);
    expect(
      entry.packageWarnings?.some((w) => w.file === 'connector_configuration.xml' && /next_quarter/.test(w.message)),
    ).toBe(true);
    const db = await world.store.activeDatabase();
    expect(await db!.count('Opportunity')).toBeGreaterThan(0);

    // The next run installs nothing new: its log entry carries no package notes.
    world.clock.advance(HOUR);
    await world.engine().synchronize({ connection: world.connection() });
    const [next] = await world.store.listSyncLog(1);
    expect(next.packageWarnings).toBeUndefined();
  });
});
