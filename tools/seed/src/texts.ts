import type { OfstedGrade } from '@sli/exchange-domain';
import type { Random } from './random';

/**
 * Narrative text for findings, recommendations, actions and evidence. Generic by design: no child,
 * family or practitioner is ever named or described in a way that could identify them.
 */

/** How a theme reads in a sentence ("learning about …"). */
const PHRASES: Readonly<Record<string, string>> = {
  'under-one': 'the vulnerability of babies',
  adolescents: 'risk to adolescents',
  disability: 'the needs of disabled children and adults',
  'mental-health-child': "young people's mental health",
  'voice-of-the-child': "the child's lived experience",
  'ethnicity-culture': 'culture, identity and adultification',
  'children-in-care': 'children in care and care leavers',
  'sudden-unexpected-infant-death': 'safer sleep',
  'domestic-abuse': 'domestic abuse and coercive control',
  'parental-mental-health': 'parental mental health',
  'parental-substance-misuse': 'parental substance misuse',
  'invisible-men': 'fathers and male carers',
  'housing-homelessness': 'housing instability',
  poverty: 'poverty and deprivation',
  'young-carers': 'the needs of carers',
  neglect: 'cumulative neglect',
  'self-neglect': 'self-neglect and hoarding',
  'physical-abuse': 'non-accidental injury',
  'sexual-abuse': 'sexual abuse',
  'emotional-abuse': 'emotional abuse',
  'child-exploitation': 'criminal and sexual exploitation',
  'online-harm': 'online harm',
  'suicide-self-harm': 'suicide and self-harm risk',
  'serious-youth-violence': 'serious youth violence',
  'modern-slavery': 'modern slavery',
  'information-sharing': 'information sharing',
  'professional-curiosity': 'professional curiosity',
  'risk-assessment': 'risk assessment',
  'multi-agency-working': 'multi-agency working',
  escalation: 'escalation and professional challenge',
  'mental-capacity': 'mental capacity assessment',
  'think-family': 'whole-family working',
  recording: 'record keeping and chronologies',
  supervision: 'supervision and management oversight',
  'workforce-capacity': 'workforce capacity',
  transitions: 'transitions between services',
  'early-help': 'early help',
  thresholds: 'thresholds and referrals',
  'covid-19': 'practice during pandemic restrictions',
  'elective-home-education': 'children educated at home',
  'cost-of-living': 'cost-of-living pressures',
  'financial-abuse': 'financial abuse',
  'alcohol-and-drug-use': "adults' alcohol and drug use",
};

export function phrase(code: string): string {
  return PHRASES[code] ?? code.replace(/-/g, ' ');
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const GOOD_PRACTICE = [
  (t: string) => `Practitioners showed a good understanding of ${t} and acted on it promptly.`,
  (t: string) => `A strategy discussion was held quickly and shared information about ${t} across agencies.`,
  (t: string) => `Supervision records show reflective discussion of ${t} and clear management decisions.`,
  (t: string) => `The lead professional kept ${t} in view and coordinated a shared plan that all agencies understood.`,
  (t: string) => `Escalation was used appropriately when concerns about ${t} were not being addressed.`,
];

const AREAS_FOR_IMPROVEMENT = [
  (t: string) => `Concerns about ${t} were seen as separate episodes; their cumulative impact was not recognised.`,
  (t: string) => `Information about ${t} held by one agency was not shared with others who needed it.`,
  (t: string) => `Assessments did not explore ${t} with enough professional curiosity; accounts were taken at face value.`,
  (t: string) => `Plans did not set measurable outcomes for ${t}, so drift went unnoticed for several months.`,
  (t: string) => `Practitioners were unsure of the pathway for ${t} and did not escalate when progress stalled.`,
  (t: string) => `Records did not show how ${t} affected day-to-day care, and chronologies were incomplete.`,
];

const RECOMMENDATIONS = [
  (t: string) => `The partnership should seek assurance that practitioners in all agencies recognise and respond to ${t}.`,
  (t: string) => `Agencies should review their guidance on ${t} and confirm that it is embedded in supervision.`,
  (t: string) => `The partnership should commission multi-agency training on ${t} and evaluate its impact on practice.`,
  (t: string) => `Agencies should audit a sample of cases for ${t} and report the findings to the partnership.`,
];

const ACTIONS = [
  (t: string) => `Deliver a 7-minute briefing on ${t} to all frontline teams`,
  (t: string) => `Audit 20 cases for ${t} and report the findings`,
  (t: string) => `Update the single-agency safeguarding policy to reflect learning on ${t}`,
  (t: string) => `Add a prompt on ${t} to the supervision template`,
  (t: string) => `Include ${t} in mandatory level 3 safeguarding training`,
  (t: string) => `Agree a multi-agency pathway for ${t} and publish it on the partnership website`,
];

export const findingText = (rng: Random, code: string, good: boolean) =>
  rng.pick(good ? GOOD_PRACTICE : AREAS_FOR_IMPROVEMENT)(phrase(code));
export const recommendationText = (rng: Random, code: string) => rng.pick(RECOMMENDATIONS)(phrase(code));
export const actionTitle = (rng: Random, code: string) => rng.pick(ACTIONS)(phrase(code));

export function impactEvidence(rng: Random, code: string, when: string): string {
  const before = rng.int(35, 60);
  const after = Math.min(98, before + rng.int(10, 35));
  return rng.pick([
    `Re-audit of ${rng.int(10, 25)} cases in ${when} found ${phrase(code)} evidenced in ${after}% of records (baseline ${before}%).`,
    `Practitioner survey in ${when} (${rng.int(40, 220)} responses): ${after}% confident about ${phrase(code)}, up from ${before}%.`,
    `Multi-agency case audit in ${when}: ${after}% of cases good or better on ${phrase(code)}, against ${before}% before the action.`,
  ]);
}

export const UNPUBLISHED_REASONS = [
  'The Panel agreed that publication would risk identifying family members; a summary of learning was shared instead.',
  'Publication deferred indefinitely on legal advice because of related criminal proceedings; learning shared through briefings.',
  'The learning was shared through practitioner events; the partnership agreed not to publish a full report.',
];

const GRADE_PHRASES: Record<OfstedGrade, string> = {
  outstanding: 'Exemplary joint working; the impact of help was clear and sustained.',
  good: 'Risk was recognised and assessed well; plans were shared and reviewed.',
  'requires-improvement': 'Risk was recognised but plans lacked measurable outcomes and drift was evident.',
  inadequate: 'Risk was not recognised in time and agencies did not share what they knew.',
};

export const caseNarrative = (grade: OfstedGrade, code: string) => `${GRADE_PHRASES[grade]} Focus: ${phrase(code)}.`;

export const S11_NARRATIVE = {
  green: 'Standard fully met; arrangements are embedded and tested.',
  amber: 'Standard partly met; arrangements exist but are not yet consistent across services.',
  red: 'Standard not met; arrangements are missing or out of date.',
} as const;

export const S11_EVIDENCE = [
  'Safeguarding policy (reviewed this year), board minutes and the annual safeguarding report.',
  'Training matrix with compliance by team; supervision audit.',
  'Safer recruitment checklist and a sample of personnel files.',
  'Information-sharing agreement and a dip sample of referrals.',
  'Feedback from children and families and examples of service changes made in response.',
];

export const S11_DOWNGRADE = 'Moderation panel: the evidence supplied did not support the self-assessed rating.';
export const S11_UPGRADE = 'Moderation panel: further evidence at the challenge event supported a higher rating.';

export const EVALUATION_COMMENTS = [
  'Clear and practical; the case examples helped.',
  'Useful to hear how other agencies work.',
  'Would have liked more time for discussion.',
  'Good pace; the tools will help in supervision.',
  'Online format worked well for me.',
];

export const PRACTICE_EXAMPLES = [
  'I now ask about who else lives in or visits the household.',
  'I have used the escalation policy twice since the course.',
  'I share concerns with the GP and health visitor sooner.',
  'I record the child’s own words in assessments.',
  'I used the neglect toolkit with a family and shared it at the core group.',
  'I check for previous involvement with other agencies before closing a case.',
  'I now consider capacity explicitly when someone declines support.',
];
