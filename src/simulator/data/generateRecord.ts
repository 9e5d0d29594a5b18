import type { SimRecord } from '../types';
import type { DataLayout, DataTypeId } from './DataLayout';
import { pick, recordRandom } from './random';
import { formatSiebelDate, formatSiebelDateTime } from './siebelDate';
import * as words from './wordLists';

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * Generated record `index` of a type: a pure function of (layout seed, type, index, epoch).
 * Values are keyed by Siebel field Name; `Created`/`Updated` are always before `epoch`
 * (the server's start, as a wall-time ms of its zone: see `clock/wallTime`), so "changed since"
 * queries see only later edits.
 */
export function generateRecord(layout: DataLayout, type: DataTypeId, index: number, epoch: number): SimRecord {
  const random = recordRandom(layout.seed, DATA_TYPES_NO[type], index);
  const { created, updated } = drawStamps(random, epoch);
  const base = {
    Id: layout.idOf(type, index),
    Created: formatSiebelDateTime(created),
    Updated: formatSiebelDateTime(updated),
  };
  switch (type) {
    case 'Account':
      return { ...base, ...account(index, random) };
    case 'Contact':
      return { ...base, ...contact(layout, index, random) };
    case 'Opportunity':
      return { ...base, ...opportunity(layout, index, random, epoch) };
    case 'Action':
      return { ...base, ...action(layout, index, random, epoch) };
    case 'ActionContact':
      // Never reached: the layout generates no link rows (count 0).
      return base;
  }
}

const DATA_TYPES_NO: Record<DataTypeId, number> = {
  Account: 1,
  Contact: 2,
  Opportunity: 3,
  Action: 4,
  ActionContact: 5,
};

/**
 * `Created` and `Updated` (ms) of generated record `index`, drawn exactly as `generateRecord` draws
 * them but without building the record: what the data set's stamp index is made of.
 */
export function generatedStamps(
  layout: DataLayout,
  type: DataTypeId,
  index: number,
  epoch: number,
): { created: number; updated: number } {
  return drawStamps(recordRandom(layout.seed, DATA_TYPES_NO[type], index), epoch);
}

// The first two draws of a record's stream: keep the order, every later value depends on it.
function drawStamps(random: () => number, epoch: number): { created: number; updated: number } {
  const created = epoch - Math.floor(((1 + random() * 720) * DAY) / 1000) * 1000;
  const updated = created + Math.floor((random() * (epoch - created - MINUTE)) / 1000) * 1000;
  return { created, updated };
}

/** Account names are unique by index: word × sector × suffix, then a number. */
export function accountName(index: number): string {
  const { COMPANY_WORDS: a, COMPANY_SECTORS: b, COMPANY_SUFFIXES: c } = words;
  const round = Math.floor(index / (a.length * b.length * c.length));
  const name = `${a[index % a.length]} ${b[Math.floor(index / a.length) % b.length]} ${c[Math.floor(index / (a.length * b.length)) % c.length]}`;
  return round === 0 ? name : `${name} ${round + 1}`;
}

function account(index: number, random: () => number) {
  const industry = pick(random, words.INDUSTRIES);
  return {
    Name: accountName(index),
    Location: pick(random, words.CITIES),
    'Main Phone Number': phone(random),
    Type: pick(random, words.ACCOUNT_TYPES),
    'Account Status': pick(random, words.ACCOUNT_STATUSES),
    Industry: industry,
    'Industry Code': industry.slice(0, 3).toUpperCase(),
  };
}

function contact(layout: DataLayout, index: number, random: () => number) {
  const accountIndex = layout.accountOf('Contact', index);
  const first = words.FIRST_NAMES[(index + Math.floor(random() * 5)) % words.FIRST_NAMES.length];
  const last = pick(random, words.LAST_NAMES);
  const domain = ascii(words.COMPANY_WORDS[accountIndex % words.COMPANY_WORDS.length]);
  return {
    'First Name': first,
    'Last Name': last,
    'Job Title': pick(random, words.JOB_TITLES),
    'Email Address': `${ascii(first)}.${ascii(last)}@${domain}.example`,
    'Work Phone #': phone(random),
    'Account Id': layout.idOf('Account', accountIndex),
  };
}

function opportunity(layout: DataLayout, index: number, random: () => number, epoch: number) {
  const accountIndex = layout.accountOf('Opportunity', index);
  const stage = Math.floor(random() * words.SALES_STAGES.length);
  return {
    Name: `${accountName(accountIndex).split(' ')[0]} - ${pick(random, words.PRODUCTS)}`,
    'Account Id': layout.idOf('Account', accountIndex),
    'Sales Stage': words.SALES_STAGES[stage],
    'Primary Revenue Close Date': formatSiebelDate(epoch + Math.floor((random() * 240 - 120) * DAY)),
    Description: `Opportunity ${index + 1} for ${accountName(accountIndex)}`,
    Revenue: String(Math.round(random() * 500) * 1000),
    'Primary Revenue Win Probability': String(words.STAGE_PROBABILITY[stage]),
  };
}

function action(layout: DataLayout, index: number, random: () => number, epoch: number) {
  const accountIndex = layout.accountOf('Action', index);
  const { Contact: contacts, Opportunity: opportunities } = layout.perAccount;
  const planned = epoch + Math.floor((random() * 120 - 60) * 96) * 15 * MINUTE;
  const type = pick(random, words.ACTION_TYPES);
  const status = planned < epoch ? (random() < 0.8 ? 'Done' : 'Cancelled') : pick(random, words.OPEN_STATUSES);
  return {
    Description: `${type}: ${pick(random, words.PRODUCTS)} (${accountName(accountIndex).split(' ')[0]})`,
    Type: type,
    Planned: formatSiebelDateTime(planned),
    'Planned Completion': formatSiebelDateTime(planned + (1 + Math.floor(random() * 4)) * 30 * MINUTE),
    Status: status,
    'Account Id': layout.idOf('Account', accountIndex),
    'Primary Contact Id': contacts > 0 ? layout.idOf('Contact', accountIndex * contacts + (index % contacts)) : '',
    'Opportunity Id':
      opportunities > 0 ? layout.idOf('Opportunity', accountIndex * opportunities + (index % opportunities)) : '',
    Comment: random() < 0.5 ? '' : 'Follow up with a written summary.',
  };
}

function phone(random: () => number): string {
  return `+1 ${200 + Math.floor(random() * 700)} 555 ${String(Math.floor(random() * 10000)).padStart(4, '0')}`;
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
