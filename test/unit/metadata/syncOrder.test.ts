import { describe, expect, it } from 'vitest';
import { PackageError, parsePackage } from '../../../src/metadata';
import { editFile } from './support/editFile';
import { loadPackageFolder } from './support/loadPackageFolder';

const order = async (files = loadPackageFolder('valid/sales-rep')) =>
  (await parsePackage(files)).syncedTypes.map((t) => t.typeId);

/** Moves the connector's Action type to the front, so document order disagrees with references. */
const actionFirst = (c: string) => {
  const action = /\n {4}<type id="Action">[\s\S]*?<\/type>/.exec(c)![0];
  return c.replace(action, '').replace('<types>', `<types>${action}`);
};

describe('synchronized type order', () => {
  it('puts referenced types first', async () => {
    expect(await order()).toEqual(['Account', 'Contact', 'Opportunity', 'Action']);
  });

  it('puts referenced types first even when the connector lists a referencing type first', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'connector_configuration.xml', actionFirst);
    expect(await order(files)).toEqual(['Account', 'Contact', 'Opportunity', 'Action']);
  });

  it('keeps document order between types that do not reference each other', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'connector_configuration.xml', (c) => {
      const opportunity = /\n {4}<type id="Opportunity">[\s\S]*?<\/type>/.exec(c)![0];
      return c.replace(opportunity, '').replace('\n    <type id="Contact">', `${opportunity}\n    <type id="Contact">`);
    });
    expect(await order(files)).toEqual(['Account', 'Opportunity', 'Contact', 'Action']);
  });

  it('breaks a cycle at a nullable reference', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'siebel_meta_info.xml', (c) =>
      c.replace(
        'IsFilterable="yes" IOElemName="AccountStatus"/>',
        'IsFilterable="yes" IOElemName="AccountStatus"/>\n<field Name="Primary Contact Id" DataType="DTYPE_ID" RefObjTypeId="Contact" IsNullable="yes" IOElemName="PrimaryContactId"/>',
      ),
    );
    expect(await order(files)).toEqual(['Account', 'Contact', 'Opportunity', 'Action']);
  });

  it('breaks a cycle at the nullable side when the other side is required', async () => {
    let files = editFile(loadPackageFolder('valid/sales-rep'), 'siebel_meta_info.xml', (c) =>
      c
        .replace(
          'IsFilterable="yes" IOElemName="AccountStatus"/>',
          'IsFilterable="yes" IOElemName="AccountStatus"/>\n<field Name="Primary Contact Id" DataType="DTYPE_ID" RefObjTypeId="Contact" IsNullable="yes" IOElemName="PrimaryContactId"/>',
        )
        .replace(
          'RefObjTypeId="Account" IsNullable="yes" IsFilterable="no" IsHidden="yes"\n           IOElemName="AccountId"/>\n  </object>\n\n  <!-- ============================ Opportunity',
          'RefObjTypeId="Account" IsNullable="no" IsFilterable="no" IsHidden="yes"\n           IOElemName="AccountId"/>\n  </object>\n\n  <!-- ============================ Opportunity',
        ),
    );
    files = editFile(files, 'connector_configuration.xml', (c) => {
      const contact = /\n {4}<type id="Contact">[\s\S]*?<\/type>/.exec(c)![0];
      return c.replace(contact, '').replace('<types>', `<types>${contact}`);
    });
    // Contact needs its Account (required); Account's link to Contact may wait.
    expect(await order(files)).toEqual(['Account', 'Contact', 'Opportunity', 'Action']);
  });

  it('ignores a reference of a type to itself', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'siebel_meta_info.xml', (c) =>
      c.replace(
        'IsFilterable="yes" IOElemName="AccountStatus"/>',
        'IsFilterable="yes" IOElemName="AccountStatus"/>\n<field Name="Parent Account Id" DataType="DTYPE_ID" RefObjTypeId="Account" IOElemName="ParentAccountId"/>',
      ),
    );
    expect(await order(files)).toEqual(['Account', 'Contact', 'Opportunity', 'Action']);
  });

  it('rejects a cycle of required references', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'siebel_meta_info.xml', (c) =>
      c
        .replace(/IsNullable="yes"/g, 'IsNullable="no"')
        .replace(
          'IsFilterable="yes" IOElemName="AccountStatus"/>',
          'IsFilterable="yes" IOElemName="AccountStatus"/>\n<field Name="Last Action Id" DataType="DTYPE_ID" RefObjTypeId="Action" IOElemName="LastActionId"/>',
        ),
    );
    const error = await parsePackage(files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageError);
    expect((error as PackageError).problems[0].message).toContain(
      '"Account", "Contact", "Opportunity", "Action" reference each other',
    );
  });
});
