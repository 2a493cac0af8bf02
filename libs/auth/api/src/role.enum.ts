import { registerEnumType } from '@nestjs/graphql';
import type { Role } from '@sli/shared/api-core';

/** The roles as GraphQL spells them; stored and typed on the command line in kebab case (`agency-lead`). */
export enum RoleValue {
  ADMIN = 'admin',
  AGENCY_LEAD = 'agency-lead',
  COMMITTEE_MEMBER = 'committee-member',
  BOARD_MEMBER = 'board-member',
  ANALYST = 'analyst',
  NATIONAL_ANALYST = 'national-analyst',
  SYSTEM_ADMIN = 'system-admin',
}

registerEnumType(RoleValue, {
  name: 'Role',
  description: 'What a user may do; deny by default (see docs/roles.md and the permission table).',
  valuesMap: {
    ADMIN: { description: "The partnership's business unit: records everything, imports, exports, settings, users, change history." },
    AGENCY_LEAD: { description: 'Reads its partnership; changes only the actions and information requests its agency owns.' },
    COMMITTEE_MEMBER: { description: 'Reads its partnership; monitors action plans and signs actions off.' },
    BOARD_MEMBER: { description: 'Reads its partnership.' },
    ANALYST: { description: 'Reads its partnership, exports, exact figures.' },
    NATIONAL_ANALYST: { description: 'Published figures of every partnership; no records, no exact small numbers.' },
    SYSTEM_ADMIN: { description: 'Partnerships and users.' },
  },
});

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Business unit (admin)',
  'agency-lead': 'Agency lead',
  'committee-member': 'Committee member',
  'board-member': 'Board member',
  analyst: 'Analyst',
  'national-analyst': 'National analyst',
  'system-admin': 'System administrator',
};

export const toRoleValue = (role: Role): RoleValue => role as RoleValue;
