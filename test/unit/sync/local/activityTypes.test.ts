import { describe, expect, it } from 'vitest';
import type { CustomizationPackage } from '../../../../src/metadata';
import { SharingUnavailableError } from '../../../../src/sync';
import { activityTypes } from '../../../../src/sync/local/activityTypes';
import { salesRepPackage } from '../support/salesRep';

/** The package without the objects `drop` names, as a customer's package might be. */
async function packageWithout(...drop: string[]): Promise<CustomizationPackage> {
  const pkg = await salesRepPackage();
  return { ...pkg, objects: pkg.objects.filter((o) => !drop.includes(o.typeId)) };
}

describe('activityTypes', () => {
  it('finds the activity type and the association that links it to contacts', async () => {
    const found = activityTypes(await salesRepPackage());
    expect([found.activity.typeId, found.link.typeId, found.linkActivityField, found.linkContactField]).toEqual([
      'Action',
      'ActionContact',
      'ActivityId',
      'ContactId',
    ]);
  });

  it.each([
    ['the activity contacts association', ['ActionContact'], /ActionContact/],
    ['the activity type', ['Action'], /Action \(activity\) type/],
  ])('refuses sharing with a typed error naming what a package without %s lacks', async (_what, drop, names) => {
    const pkg = await packageWithout(...drop);
    expect(() => activityTypes(pkg)).toThrow(SharingUnavailableError);
    expect(() => activityTypes(pkg)).toThrow(names);
  });
});
