import type { Role } from '@sli/shared/data-access';

/** Each role in words, with what it may do: the hints of the "Role" question. */
export const ROLES: Record<Role, { label: string; hint: string }> = {
  ADMIN: { label: 'Business unit (admin)', hint: 'Records and changes everything in the partnership: imports, exports, settings, users and change history.' },
  AGENCY_LEAD: { label: 'Agency lead', hint: "Reads the partnership's records; updates the actions and information requests of one agency." },
  COMMITTEE_MEMBER: { label: 'Committee member', hint: 'Reads the records and signs off completed actions.' },
  BOARD_MEMBER: { label: 'Board member', hint: 'Reads the records, scorecard and annual report; changes nothing.' },
  ANALYST: { label: 'Analyst', hint: 'Reads the records, exports data and sees exact figures.' },
  NATIONAL_ANALYST: { label: 'National analyst', hint: 'Published figures of every partnership only.' },
  SYSTEM_ADMIN: { label: 'System administrator', hint: 'Partnerships and users of the whole service.' },
};

/** The roles a partnership's own users can have, in the order the question lists them. */
export const PARTNERSHIP_ROLES: Role[] = ['ADMIN', 'AGENCY_LEAD', 'COMMITTEE_MEMBER', 'BOARD_MEMBER', 'ANALYST'];
