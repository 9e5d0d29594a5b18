/**
 * Whether a QueryPage body is a run's server-clock question (src/sync/download/serverClockStepBack.ts):
 * one record by Id, compared with the server's `Timestamp()`. Tests that classify requests tell it
 * from a download or an Id listing, which it resembles (it asks for the primary key alone).
 */
export function isClockQuestion(body: string): boolean {
  return /Id\] = .*Timestamp\(\) [-+] /s.test(body);
}
