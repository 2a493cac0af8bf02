import { INFORMATION_REQUEST_STATUS_WORDS, type InformationRequestStatusValue } from '@sli/reviews-domain';
import type { InformationRequestStatus } from '@sli/shared/data-access';
import { COLOURS, RAG_COLOURS } from '@sli/shared/ui';

/** Badge backgrounds: white text on each has at least 4.5:1 contrast (the timeliness badge's colours). */
const STATUS_COLOURS: Record<InformationRequestStatus, string> = {
  SENT: COLOURS.grey,
  REMINDED: RAG_COLOURS.AMBER,
  RETURNED: RAG_COLOURS.GREEN,
  OVERDUE: RAG_COLOURS.RED,
};

export const requestStatusWords = (s: InformationRequestStatus): string =>
  INFORMATION_REQUEST_STATUS_WORDS[s.toLowerCase() as InformationRequestStatusValue];

/** Sent, reminded, returned or overdue, in words on a coloured badge. */
export function RequestStatusBadge({ value }: { value: InformationRequestStatus }) {
  return (
    <span className="badge" style={{ background: STATUS_COLOURS[value] }}>
      {requestStatusWords(value)}
    </span>
  );
}
