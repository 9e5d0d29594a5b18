import type { DataSetOptions } from '../types';

/**
 * The object types the data set holds, with the digit that starts their generated ids. The first
 * four are generated; `ActionContact` (activity ↔ contact links) only holds created rows, so the
 * generated data and every count stay as they were before the type existed.
 */
export const DATA_TYPES = ['Account', 'Contact', 'Opportunity', 'Action', 'ActionContact'] as const;
export type DataTypeId = (typeof DATA_TYPES)[number];
/** Types with generated children per account. */
type GeneratedChild = 'Contact' | 'Opportunity' | 'Action';

/** The user who owns the configured share of the data (the demo sales rep). */
export const DEMO_REP = 'JSMITH';
// Owners of the extra records, in turn: TBROWN twice as often (he reports to MJONES), then MJONES, LWHITE.
const OTHER_OWNERS = ['TBROWN', 'TBROWN', 'MJONES', 'LWHITE'];
const ID_WIDTH = 6;

/**
 * Sizes, owners and ids of generated records, all by arithmetic on the index (no record is built).
 * Accounts 0..accounts-1 belong to the demo rep; the extra accounts (othersRatio) to other users;
 * children follow their account: child j of a type belongs to account floor(j / perAccount).
 */
export class DataLayout {
  readonly accounts: number;
  readonly totalAccounts: number;
  readonly perAccount: Readonly<Record<GeneratedChild, number>>;
  readonly seed: number;

  constructor(options: DataSetOptions = {}) {
    this.accounts = Math.max(0, Math.floor(options.accounts ?? 50));
    const ratio = options.othersRatio ?? 0.1;
    this.totalAccounts = this.accounts + Math.ceil(this.accounts * Math.max(0, ratio));
    this.perAccount = {
      Contact: Math.max(0, Math.floor(options.contactsPerAccount ?? 3)),
      Opportunity: Math.max(0, Math.floor(options.opportunitiesPerAccount ?? 1)),
      Action: Math.max(0, Math.floor(options.activitiesPerAccount ?? 4)),
    };
    this.seed = options.seed ?? 20240101;
  }

  /** Number of generated records of a type. */
  count(type: DataTypeId): number {
    if (type === 'ActionContact') return 0;
    return type === 'Account' ? this.totalAccounts : this.totalAccounts * this.perAccount[type];
  }

  /** The account a generated record belongs to (itself for an account). */
  accountOf(type: DataTypeId, index: number): number {
    if (type === 'ActionContact') return -1;
    return type === 'Account' ? index : Math.floor(index / this.perAccount[type]);
  }

  /** Owner login of a generated record. */
  ownerOf(type: DataTypeId, index: number): string {
    const account = this.accountOf(type, index);
    return account < this.accounts ? DEMO_REP : OTHER_OWNERS[(account - this.accounts) % OTHER_OWNERS.length];
  }

  /** Siebel-style id: `1-` + type digit + fixed-width base36, so id order equals index order. */
  idOf(type: DataTypeId, index: number): string {
    return `1-${DATA_TYPES.indexOf(type) + 1}${index.toString(36).toUpperCase().padStart(ID_WIDTH, '0')}`;
  }

  /** Index of a generated id of this type, or `undefined` when the id is not one of them. */
  indexOf(type: DataTypeId, id: string): number | undefined {
    const match = /^1-(\d)([0-9A-Z]{6})$/.exec(id);
    if (!match || Number(match[1]) !== DATA_TYPES.indexOf(type) + 1) return undefined;
    const index = parseInt(match[2], 36);
    return index < this.count(type) ? index : undefined;
  }
}

/** Options giving about `records` records visible to the demo rep, spread with the per-account ratios. */
export function optionsForRecords(records: number, options: DataSetOptions = {}): DataSetOptions {
  const layout = new DataLayout({ ...options, accounts: 1 });
  const perAccount = 1 + layout.perAccount.Contact + layout.perAccount.Opportunity + layout.perAccount.Action;
  return { ...options, accounts: Math.max(1, Math.round(records / perAccount)) };
}
