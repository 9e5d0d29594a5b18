/**
 * Records of a type the user's default preset keeps (sales-rep package: open opportunities,
 * activities not done). A copy of the integration harness's `presetFilter`, because that module
 * registers Vitest hooks and the soak runs outside Vitest.
 */
export function presetKeeps(typeId: string, _userName: string): (record: Readonly<Record<string, string>>) => boolean {
  if (typeId === 'Opportunity')
    return (r) => r['Sales Stage'] !== '07 - Closed/Won' && r['Sales Stage'] !== '08 - Closed/Lost';
  if (typeId === 'Action') return (r) => r.Status !== 'Done';
  return () => true;
}
