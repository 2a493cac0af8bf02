import type { ActionStatus, GroupKind, MeetingStatus, MemberRole } from '@sli/shared/data-access';

export const KIND_LABELS: Record<GroupKind, string> = {
  BOARD: 'Board',
  EXECUTIVE: 'Executive',
  SUBGROUP: 'Subgroup',
  FORUM: 'Forum',
};

export const KIND_HINTS: Record<GroupKind, string> = {
  BOARD: "The partnership's board.",
  EXECUTIVE: 'The statutory partners or executive group.',
  SUBGROUP: 'For example Learning from Practice, or Performance and Quality Assurance.',
  FORUM: 'For example a cross-board or practitioner forum.',
};

export const ROLE_LABELS: Record<MemberRole, string> = {
  CHAIR: 'Chair',
  VICE_CHAIR: 'Vice-chair',
  MEMBER: 'Member',
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  PLANNED: 'Planned',
  HELD: 'Held',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  IMPACT_EVIDENCED: 'Impact evidenced',
  CANCELLED: 'Cancelled',
};

/** "Every 6 weeks", "Every week", or nothing set. */
export function cadenceWords(weeks: number | null | undefined): string {
  if (!weeks) return 'Not set';
  return weeks === 1 ? 'Every week' : `Every ${weeks} weeks`;
}
