import { describe, expect, it } from 'vitest';
import { refuseUnlockedServer } from '../../../src/commands/refuseUnlockedServer';
import { parseDeployment } from '../../../src/sync';

const LOCKED = 'https://crm.contoso.com/siebel/app/eai/enu?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';
const connection = (endpointUrl: string) => ({ endpointUrl, userName: 'JSMITH', password: 'secret' });

describe('the ribbon and a server URL the administrator locked', () => {
  const locked = parseDeployment({ admin: { serverUrl: LOCKED, lockServerUrl: true } }, 'deployment.json');

  it('refuses a sync to another server, sending the user to the task pane', () => {
    expect(() => refuseUnlockedServer(locked, connection('https://old.example.com/eai'))).toThrow(
      /not the one your CRM administrator set .* open the CRM Desktop task pane/,
    );
    expect(() => refuseUnlockedServer(locked, connection('https://old.example.com/eai'))).not.toThrow(/secret/);
  });

  it('lets the locked server and any server of an unlocked deployment through', () => {
    expect(() => refuseUnlockedServer(locked, connection(LOCKED))).not.toThrow();
    const open = parseDeployment({ admin: { serverUrl: LOCKED } }, 'deployment.json');
    expect(() => refuseUnlockedServer(open, connection('https://old.example.com/eai'))).not.toThrow();
  });
});
