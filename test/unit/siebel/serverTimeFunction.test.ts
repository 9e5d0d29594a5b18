import { describe, expect, it } from 'vitest';
import { DEFAULT_WIRE_PROFILE, parseWireProfile, WireProfileError } from '../../../src/siebel';

describe('wire profile: serverTimeFunction', () => {
  it("defaults to Siebel's Timestamp(), takes another function without arguments, and null for none", () => {
    expect(DEFAULT_WIRE_PROFILE.serverTimeFunction).toBe('Timestamp()');
    expect(parseWireProfile({}, 'd').serverTimeFunction).toBe('Timestamp()');
    expect(parseWireProfile({ serverTimeFunction: ' SysTime ( ) ' }, 'd').serverTimeFunction).toBe('SysTime ( )');
    expect(parseWireProfile({ serverTimeFunction: null }, 'd').serverTimeFunction).toBeNull();
  });

  it.each(['Timestamp() - 1', 'Timestamp', "Timestamp('x')", '[Updated]', 'x) OR (1 = 1', '', 5])(
    'refuses %j, since it is written into criteria as is',
    (value) => {
      const attempt = () => parseWireProfile({ serverTimeFunction: value }, 'deployment.json');
      expect(attempt).toThrow(WireProfileError);
      expect(attempt).toThrow(/serverTimeFunction must be a query function without arguments/);
    },
  );
});
