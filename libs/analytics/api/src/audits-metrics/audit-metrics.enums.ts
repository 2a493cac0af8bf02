import { registerEnumType } from '@nestjs/graphql';

/** What counts as one round when audit quality is compared round on round. */
export enum AuditRoundBasis {
  AUDIT = 'audit',
  ROUND = 'round',
}

export enum AuditQualityDirection {
  IMPROVED = 'improved',
  WORSENED = 'worsened',
  UNCHANGED = 'unchanged',
}

/** Whether a round may be compared with the previous one (audits-domain compareRounds). */
export enum AuditRoundComparability {
  COMPARABLE = 'comparable',
  DIFFERENT_TOOL = 'different-tool',
  DIFFERENT_TOPIC = 'different-topic',
  TOO_FEW_CASES = 'too-few-cases',
}

registerEnumType(AuditRoundComparability, {
  name: 'AuditRoundComparability',
  description:
    'COMPARABLE: same tool (same standards) or same topic (same themes), and at least 10 graded cases in each round; DIFFERENT_TOOL / DIFFERENT_TOPIC: not comparable; TOO_FEW_CASES: fewer than 10 graded cases in either round.',
});

/** What moderation did to an agency's own section 11 rating; red < amber < green. */
export enum Section11ModerationChange {
  UP = 'up',
  DOWN = 'down',
  UNCHANGED = 'unchanged',
  NOT_MODERATED = 'not-moderated',
}

registerEnumType(AuditRoundBasis, {
  name: 'AuditRoundBasis',
  description: 'AUDIT: each audit is a round, in order of start date. ROUND: audits sharing a `round` label form one round (audits with no label are left out).',
});
registerEnumType(AuditQualityDirection, { name: 'AuditQualityDirection', description: 'How the share good or better moved since the previous round.' });
registerEnumType(Section11ModerationChange, {
  name: 'Section11ModerationChange',
  description: 'UP: moderation raised the rating (e.g. amber to green); DOWN: lowered it; UNCHANGED: confirmed it; NOT_MODERATED: not yet moderated.',
});

/** The columns the case-audit list (auditQualityAuditList) may be sorted by. */
export enum AuditListSort {
  startedOn = 'startedOn',
  ref = 'ref',
  title = 'title',
  type = 'type',
  gradedCases = 'gradedCases',
  goodOrBetter = 'goodOrBetter',
}
registerEnumType(AuditListSort, {
  name: 'AuditListSort',
  description: 'startedOn, ref, title, type, gradedCases (graded cases), goodOrBetter (share of graded cases good or better; audits not yet graded last either way).',
});
