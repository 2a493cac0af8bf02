import { INFORMATION_REQUEST_STATUS_WORDS, type InformationRequestStatusValue } from '@sli/reviews-domain';
import type { AuditReturnStatus } from '@sli/shared/data-access';
import { COLOURS, RAG_COLOURS } from '@sli/shared/ui';

/** The same words and colours as an information request's status: white text on each has at least 4.5:1 contrast. */
const STATUS_COLOURS: Record<AuditReturnStatus, string> = {
  SENT: COLOURS.grey,
  REMINDED: RAG_COLOURS.AMBER,
  RETURNED: RAG_COLOURS.GREEN,
  OVERDUE: RAG_COLOURS.RED,
};

export const returnStatusWords = (s: AuditReturnStatus): string => INFORMATION_REQUEST_STATUS_WORDS[s.toLowerCase() as InformationRequestStatusValue];

export function ReturnStatusBadge({ value }: { value: AuditReturnStatus }) {
  return (
    <span className="badge" style={{ background: STATUS_COLOURS[value] }}>
      {returnStatusWords(value)}
    </span>
  );
}
