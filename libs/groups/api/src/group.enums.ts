import { registerEnumType } from '@nestjs/graphql';

export enum GroupKind {
  BOARD = 'board',
  EXECUTIVE = 'executive',
  SUBGROUP = 'subgroup',
  FORUM = 'forum',
}

export enum MemberRole {
  CHAIR = 'chair',
  VICE_CHAIR = 'vice-chair',
  MEMBER = 'member',
}

export enum MeetingStatus {
  PLANNED = 'planned',
  HELD = 'held',
}

registerEnumType(GroupKind, { name: 'GroupKind', description: "The partnership's board, its executive, a subgroup (e.g. Learning from Practice) or a forum (e.g. cross-board)." });
registerEnumType(MemberRole, { name: 'MemberRole', description: "A member's role for a term: chair, vice-chair or member." });
registerEnumType(MeetingStatus, { name: 'MeetingStatus', description: 'Planned (still to come, or not yet recorded) or held.' });
