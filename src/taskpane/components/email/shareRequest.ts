import type { MailAddress, MailItemSummary } from '../../../host';
import type { ShareRequest } from '../../../sync';
import { shareLookupKeys } from './shareIdentity';
import type { SharePicks } from './shareSuggestions';

function written(address: MailAddress): string {
  return address.name && address.name !== address.email ? `${address.name} <${address.email}>` : address.email;
}

/**
 * The share of an Outlook item with the user's picks: a meeting for an appointment, an outbound
 * email for one the user sent, else an inbound email. `now` dates an item Outlook gave no date
 * (a draft). `shareKey` (see `chooseShareKey`) is what the share is stored and found under; the
 * item's other keys go along as aliases.
 */
export function shareRequest(
  item: MailItemSummary,
  body: string,
  picks: SharePicks,
  now: Date,
  shareKey: string,
): ShareRequest {
  const kind = item.itemType === 'appointment' ? 'meeting' : item.sentByUser ? 'outboundEmail' : 'inboundEmail';
  return {
    itemKey: shareKey,
    aliases: shareLookupKeys(item).filter((key) => key !== shareKey),
    kind,
    subject: item.subject,
    start: item.date ?? now.toISOString(),
    ...(item.itemType === 'appointment' && item.end ? { end: item.end } : {}),
    from: item.from ? written(item.from) : '',
    to: item.to.map(written),
    cc: item.cc.map(written),
    body,
    accountId: picks.accountId,
    opportunityId: picks.opportunityId,
    contactIds: [...picks.contactIds],
  };
}
