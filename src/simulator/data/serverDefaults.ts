import type { SimRecord } from '../types';
import type { DataTypeId } from './DataLayout';
import { formatSiebelDateTime } from './siebelDate';
import { SALES_STAGES, STAGE_PROBABILITY } from './wordLists';

/**
 * Values the server fills in on insert when the command leaves them out (Siebel's predefault and
 * calculated values; data-sync.md §6: they come back in the command's answer):
 * Account `Account Status` = Active; Opportunity `Sales Stage` = 01 - Prospecting and
 * `Primary Revenue Win Probability` = the stage's probability; Action `Status` = Planned and
 * `Planned` = now. A field the command sends, even empty, is left as sent.
 */
export function serverDefaults(type: DataTypeId, fields: SimRecord, now: number): Record<string, string> {
  const defaults: Record<string, string> = {};
  const fill = (name: string, value: string) => {
    if (!(name in fields)) defaults[name] = value;
  };
  switch (type) {
    case 'Account':
      fill('Account Status', 'Active');
      break;
    case 'Opportunity': {
      fill('Sales Stage', SALES_STAGES[0]);
      const stage = SALES_STAGES.indexOf(fields['Sales Stage'] ?? SALES_STAGES[0]);
      if (stage >= 0) fill('Primary Revenue Win Probability', String(STAGE_PROBABILITY[stage]));
      break;
    }
    case 'Action':
      fill('Status', 'Planned');
      fill('Planned', formatSiebelDateTime(now));
      break;
    default:
      break;
  }
  return defaults;
}
