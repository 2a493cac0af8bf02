/*
 * The `groups` section of a bundle (docs/bundle-format.md): a partnership's boards, executives,
 * subgroups and forums with their members' terms and their meetings, each meeting with its decisions
 * and the actions signed off at it. Written after the record sections (decisions and sign-offs name
 * actions). A group is matched by its name within its partnership, ignoring case, as actions name it.
 */

export type GroupKindRecord = 'board' | 'executive' | 'subgroup' | 'forum';

/** One term of one person: a user (by email) or someone without an account (name and agency ref). */
export interface GroupMemberRecord {
  /** The email of a user of the partnership. */
  user?: string | null;
  name?: string | null;
  /** The agency ref of someone given by name. */
  agency?: string | null;
  role: 'chair' | 'vice-chair' | 'member';
  fromOn: string;
  toOn?: string | null;
}

/** A decision recorded at a meeting, optionally about one of the group's actions (its ref). */
export interface MeetingDecisionRecord {
  text: string;
  action?: string | null;
}

export interface MeetingRecord {
  meetsOn: string;
  /** Default `planned`. */
  status?: 'planned' | 'held';
  minutes?: string | null;
  /** In the order recorded. */
  decisions?: MeetingDecisionRecord[];
  /** Refs of the group's actions signed off at this meeting (their signedOffOn is the meeting's day). */
  signOffs?: string[];
}

export interface GroupRecord {
  partnership: string;
  /** Unique in the partnership, ignoring case: the name actions give as their monitoringCommittee. */
  name: string;
  kind: GroupKindRecord;
  purpose?: string | null;
  cadenceWeeks?: number | null;
  /** Every term, past and present; the import makes the group's terms equal to these. */
  members?: GroupMemberRecord[];
  /** Every meeting; the import makes the group's meetings (and their decisions and sign-offs) equal to these. */
  meetings?: MeetingRecord[];
}
