/** XML escaping for test requests (kept apart from the simulator's writer so that a bug there shows). */
export function escapeForTest(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
