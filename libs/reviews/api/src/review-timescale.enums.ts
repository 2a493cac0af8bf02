import { registerEnumType } from '@nestjs/graphql';

export enum TimescaleChangeKind {
  PAUSE = 'pause',
  EXTENSION = 'extension',
}

export enum TimescaleReason {
  CRIMINAL_PROCEEDINGS = 'criminal-proceedings',
  INQUEST = 'inquest',
  FAMILY_ENGAGEMENT = 'family-engagement',
  NEW_INFORMATION = 'new-information',
  OTHER = 'other',
}

registerEnumType(TimescaleChangeKind, {
  name: 'TimescaleChangeKind',
  description: 'A pause (the six-month clock stops) or an agreed extension (the due date moves; the original stays visible).',
});
registerEnumType(TimescaleReason, {
  name: 'TimescaleReason',
  description: "Why a review was paused or extended: criminal proceedings, a coroner's inquest, family engagement, new information, or other (with details).",
});
