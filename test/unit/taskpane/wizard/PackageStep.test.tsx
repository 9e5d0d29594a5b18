// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePackage, type CustomizationPackage } from '../../../../src/metadata';
import { PackageStep } from '../../../../src/taskpane/components/wizard/PackageStep';
import { loadDegradedCase, loadPackageFolder } from '../../metadata/support/loadPackageFolder';
import { fakeServices, salesRepPackage } from './fakeServices';

afterEach(cleanup);

function renderStep(pkg: CustomizationPackage) {
  const onNext = vi.fn();
  fakeServices().renderInProvider(
    <PackageStep
      position="Step 4 of 5"
      found={{ packageId: '1-PKG', responsibilityId: '1-RESP', pkg }}
      onBack={() => undefined}
      onNext={onNext}
    />,
  );
  return onNext;
}

describe('PackageStep', () => {
  it('offers every preset of a package the add-in reads whole, with no details to show', async () => {
    const onNext = renderStep(await salesRepPackage());
    const recommended = screen.getByRole('radio', {
      name: 'My open opportunities and activities (recommended)',
    }) as HTMLInputElement;
    const other = screen.getByRole('radio', { name: 'Upcoming activities only' }) as HTMLInputElement;
    expect([recommended.checked, recommended.disabled, other.checked, other.disabled]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(screen.queryByRole('button', { name: /Package details/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start synchronization' }));
    expect(onNext).toHaveBeenCalledWith('#preset_my_open_items');
  });

  it('lists an unavailable preset as unavailable with its reason, not selectable, and recommends another one', async () => {
    const pkg = await parsePackage(loadDegradedCase('unknown-filter-condition').files);
    const onNext = renderStep(pkg);
    const unavailable = screen.getByRole('radio', {
      name: /My open opportunities and activities \(unavailable\)/,
    }) as HTMLInputElement;
    expect(unavailable.disabled).toBe(true);
    expect(unavailable.checked).toBe(false);
    const reason = document.getElementById(unavailable.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe(
      'Cannot be used: Opportunity.Sales Stage uses the condition "between", which the add-in does not know (eq, ne, gt, ge, lt, le, like, in, not in)',
    );
    const recommended = screen.getByRole('radio', {
      name: 'Upcoming activities only (recommended)',
    }) as HTMLInputElement;
    expect(recommended.checked).toBe(true);
    fireEvent.click(unavailable);
    fireEvent.click(screen.getByRole('button', { name: 'Start synchronization' }));
    expect(onNext).toHaveBeenCalledWith('#preset_upcoming_activities');
  });

  it("keeps the package's warnings in a collapsed details area", async () => {
    const pkg = await parsePackage(loadPackageFolder('oracle-examples'));
    renderStep(pkg);
    const details = screen.getByRole('button', { name: 'Package details (5 notes)' });
    expect(details.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: 'What the add-in does not use in this package' })).toBeNull();
    fireEvent.click(details);
    const list = await screen.findByRole('list', { name: 'What the add-in does not use in this package' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items).toHaveLength(5);
    expect(items[2]).toMatch(
      /^Attachment is filtered through the Action it belongs to .*cannot be used.*connector_configuration\.xml — root\/filter_presets/,
    );
    expect(
      (screen.getByRole('radio', { name: /Activities with small attachments \(unavailable\)/ }) as HTMLInputElement)
        .disabled,
    ).toBe(true);
  });
});
