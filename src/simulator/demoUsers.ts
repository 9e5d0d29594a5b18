import type { SimulatorUser } from './types';

/**
 * The demo users of the simulator (README "Demo users"). `TBROWN` and `LWHITE` own records but
 * are there to make view modes matter: TBROWN reports to MJONES, LWHITE to nobody we know.
 */
export const DEMO_USERS: readonly SimulatorUser[] = [
  { userName: 'JSMITH', password: 'Welcome1', fullName: 'John Smith', responsibilityIds: ['1-RESP-SALES'] },
  {
    userName: 'MJONES',
    password: 'Welcome1',
    fullName: 'Mary Jones',
    responsibilityIds: ['1-RESP-MGR', '1-RESP-SALES'],
    reports: ['JSMITH', 'TBROWN'],
  },
  { userName: 'NOPKG', password: 'Welcome1', fullName: 'Nora Park', responsibilityIds: ['1-RESP-SERVICE'] },
  { userName: 'TBROWN', password: 'Welcome1', fullName: 'Tom Brown', responsibilityIds: ['1-RESP-SALES'] },
  { userName: 'LWHITE', password: 'Welcome1', fullName: 'Lisa White', responsibilityIds: ['1-RESP-SALES'] },
];
