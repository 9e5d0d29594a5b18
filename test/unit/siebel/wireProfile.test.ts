import { describe, expect, it } from 'vitest';
import { DEFAULT_WIRE_PROFILE, parseWireProfile, WireProfileError } from '../../../src/siebel';
import { operationName, soapActionFor } from '../../../src/siebel/profile/operationNames';
import { componentFieldReferences } from '../../../src/siebel/services/componentFieldReferences';

describe('parseWireProfile', () => {
  it('gives the default profile (Siebel-generated services) when the deployment sets nothing', () => {
    expect(parseWireProfile(undefined, 'deployment.json')).toBe(DEFAULT_WIRE_PROFILE);
    expect(parseWireProfile({}, 'deployment.json')).toEqual(DEFAULT_WIRE_PROFILE);
    expect(DEFAULT_WIRE_PROFILE).toMatchObject({
      operationNamespace: 'http://siebel.com/asi/',
      messageShape: 'direct',
      queryCriteria: 'searchspecAttribute',
    });
  });

  it('takes every setting a deployment gives, keeping the defaults of the others', () => {
    const profile = parseWireProfile(
      {
        operationNamespace: 'http://crm.example.com/ws',
        messageShape: 'siebelMessage',
        operations: { queryPage: 'Query{record}Page' },
        maximumPageSize: 250,
      },
      'deployment.json',
    );
    expect(profile).toEqual({
      ...DEFAULT_WIRE_PROFILE,
      operationNamespace: 'http://crm.example.com/ws',
      messageShape: 'siebelMessage',
      operations: { ...DEFAULT_WIRE_PROFILE.operations, queryPage: 'Query{record}Page' },
      maximumPageSize: 250,
    });
    expect(operationName(profile, 'queryPage', 'Account')).toBe('QueryAccountPage');
  });

  it('lists every problem at once, naming the setting, what it holds and what it must hold', () => {
    const error = (() => {
      try {
        parseWireProfile(
          {
            operationNamespace: 'not a uri',
            messageShape: 'soap',
            queryCriteria: 1,
            operations: { queryPage: 'QueryPage', delete: 'X' },
            maximumPageSize: 0,
            colour: 'red',
          },
          'https://addin.example.com/deployment.json',
        );
      } catch (caught) {
        return caught;
      }
      throw new Error('expected a WireProfileError');
    })() as WireProfileError;
    expect(error).toBeInstanceOf(WireProfileError);
    expect(error.code).toBe('InvalidWireProfile');
    expect(error.problems).toHaveLength(7);
    expect(error.message).toContain('https://addin.example.com/deployment.json');
    expect(error.message).toContain('"colour" is not a wire profile setting');
    expect(error.message).toContain('operations.queryPage must be an XML name holding {record}');
    expect(error.message).toContain('maximumPageSize must be a whole number of at least 1');
    expect(error.message).toContain('contact your CRM administrator');
  });

  it('refuses a profile that is not an object', () => {
    expect(() => parseWireProfile('direct', 'deployment.json')).toThrow(WireProfileError);
  });

  it('refuses a SOAPAction template that would break the quoted header', () => {
    expect(() => parseWireProfile({ soapAction: '"{operation}"' }, 'd')).toThrow(/soapAction/);
    expect(() => parseWireProfile({ soapAction: 'document/{namespace}' }, 'd')).toThrow(/soapAction/);
  });
});

describe('wire names from a profile', () => {
  it('writes the SOAPAction of generated services, and the service name where a template asks for it', () => {
    expect(soapActionFor(DEFAULT_WIRE_PROFILE, 'queryPage', 'AccountQueryPage')).toBe(
      '"document/http://siebel.com/asi/:AccountQueryPage"',
    );
    const rpc = { ...DEFAULT_WIRE_PROFILE, soapAction: 'rpc/{namespace}:{service}/{operation}' };
    expect(soapActionFor(rpc, 'executeBatch', 'ExecuteBatch')).toBe(
      '"rpc/http://siebel.com/asi/:PIM Client Sync Service/ExecuteBatch"',
    );
    expect(soapActionFor(rpc, 'downloadMetadataFiles', 'DownloadMetadataFiles')).toBe(
      '"rpc/http://siebel.com/asi/:PIM Client Metadata Service/DownloadMetadataFiles"',
    );
  });

  it("writes the searchspec attribute with the component's own fields, leaving quoted values alone", () => {
    expect(
      componentFieldReferences(
        '[Account.Name] = \'A [Account.x]\' OR [Account.Type] = "x [Account.y" AND [Contact.Id] IS NULL',
        'Account',
      ),
    ).toBe('[Name] = \'A [Account.x]\' OR [Type] = "x [Account.y" AND [Contact.Id] IS NULL');
    expect(componentFieldReferences("[Account.Name] = 'O''Brien [Account.Name]'", 'Account')).toBe(
      "[Name] = 'O''Brien [Account.Name]'",
    );
  });
});
