/** A true/false setting of the deployment file; a wrong value is a problem and leaves `fallback`. */
export function flag(value: unknown, name: string, fallback: boolean, problems: string[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  problems.push(`${name} must be true or false, not ${JSON.stringify(value)}`);
  return fallback;
}
