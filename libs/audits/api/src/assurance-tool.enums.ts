import { registerEnumType } from '@nestjs/graphql';

export enum AssuranceToolKind {
  SECTION_11 = 'section-11',
  SCHOOLS_175_157 = 'schools-175-157',
  ADULTS_SELF_ASSESSMENT = 'adults-self-assessment',
  CASE_AUDIT = 'case-audit',
}

export enum AssuranceToolStatus {
  DRAFT = 'draft',
  IN_USE = 'in-use',
  RETIRED = 'retired',
}

registerEnumType(AssuranceToolKind, {
  name: 'AssuranceToolKind',
  description:
    "SECTION_11: agencies' self-assessment (the partnership's standards; the Act sets duties); SCHOOLS_175_157: schools and colleges (Education Act 2002, KCSIE); ADULTS_SELF_ASSESSMENT: safeguarding adults board self-assessment; CASE_AUDIT: case audit tool.",
});
registerEnumType(AssuranceToolStatus, { name: 'AssuranceToolStatus', description: 'DRAFT: being written; IN_USE: the version audits use now; RETIRED: kept for past audits.' });
