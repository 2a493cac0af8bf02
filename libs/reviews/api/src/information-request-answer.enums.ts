import { registerEnumType } from '@nestjs/graphql';

export enum KnownToAgency {
  YES = 'yes',
  NO = 'no',
  UNKNOWN = 'unknown',
}

export enum InformationRequestStatus {
  SENT = 'sent',
  REMINDED = 'reminded',
  RETURNED = 'returned',
  OVERDUE = 'overdue',
}

registerEnumType(KnownToAgency, { name: 'KnownToAgency', description: 'Whether the subject of the review was known to the agency: yes, no, or not known.' });
registerEnumType(InformationRequestStatus, {
  name: 'InformationRequestStatus',
  description: 'Where a request stands as of a day: sent, reminded (a reminder went out), returned, or overdue (past its due date, not returned).',
});
