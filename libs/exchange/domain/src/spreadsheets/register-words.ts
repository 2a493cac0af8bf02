import type { AgeBand, AgencySector, FamilyParticipation, Harm, NotificationDecision, RapidReviewOutcome, ReviewStatus, ReviewType } from '../bundle.types';
import { normaliseHeader } from './header-detection';

/*
 * The words registers use for the values of notifications and reviews, read into the bundle's
 * values. Each table lists the words already normalised (normaliseHeader: lower case, words only),
 * including the bundle's own value ("in-progress" → "in progress") and the words the dashboard's
 * downloads print, so a download reads back. `choices` is what a problem tells the user to write.
 */

export interface WordTable<V extends string> {
  words: Readonly<Record<string, V>>;
  choices: string;
}

function table<V extends string>(entries: Record<V, readonly string[]>, choices: string): WordTable<V> {
  const words: Record<string, V> = {};
  for (const [value, list] of Object.entries(entries) as [V, readonly string[]][]) {
    words[normaliseHeader(value)] = value;
    for (const w of list) words[normaliseHeader(w)] = value;
  }
  return { words, choices };
}

/** The value a cell's words mean, or undefined. */
export function readWord<V extends string>(text: string, words: WordTable<V>): V | undefined {
  return words.words[normaliseHeader(text)];
}

export const HARM_WORDS = table<Harm>({ death: ['died', 'child death', 'fatal'], 'serious-harm': ['serious harm', 'seriously harmed', 'serious injury'] }, 'Death or Serious harm');

export const AGE_BAND_WORDS = table<AgeBand>(
  {
    'under-1': ['under 1', 'under one', 'less than 1', 'infant', '0 1', 'under 12 months'],
    '1-5': ['1 5', '1 to 5', '1 5 years'],
    '6-10': ['6 10', '6 to 10', '6 10 years'],
    '11-15': ['11 15', '11 to 15', '11 15 years'],
    '16-17': ['16 17', '16 to 17', '16 17 years'],
  },
  "Under 1, 1–5, 6–10, 11–15 or 16–17, or the child's age in whole years (0 to 17)",
);

/** A child's age in whole years as its band; undefined outside 0–17. */
export function ageBandOf(years: number): AgeBand | undefined {
  if (!Number.isInteger(years) || years < 0 || years > 17) return undefined;
  return years < 1 ? 'under-1' : years <= 5 ? '1-5' : years <= 10 ? '6-10' : years <= 15 ? '11-15' : '16-17';
}

export const DECISION_WORDS = table<NotificationDecision>(
  {
    pending: ['awaiting decision', 'tbc', 'to be decided', 'not yet decided', 'undecided'],
    'rapid-review': ['rapid review', 'yes', 'y', 'rr', 'rapid review held', 'rapid review required'],
    'no-rapid-review': ['no rapid review', 'no', 'n', 'no rr', 'rapid review not required', 'not required'],
  },
  'Pending, Rapid review or No rapid review',
);

export const REVIEW_TYPE_WORDS = table<ReviewType>(
  {
    'rapid-review': ['rapid review', 'rr'],
    lcspr: ['local child safeguarding practice review', 'local cspr'],
    'national-cspr': ['national child safeguarding practice review', 'national cspr', 'ncspr'],
    scr: ['serious case review'],
    plr: ['practice learning review', 'learning review'],
    sar: ['safeguarding adults review', 'safeguarding adult review'],
    dhr: ['domestic homicide review', 'domestic abuse related death review'],
    'appreciative-inquiry': ['appreciative inquiry', 'appreciative enquiry'],
    'single-agency': ['single agency review', 'single agency', 'single-agency review'],
    'critical-incident': ['critical incident review', 'critical incident'],
    'practice-learning-set': ['practice learning set', 'learning set'],
    'child-death': ['child death review', 'child death', 'cdr'],
    thematic: ['thematic review', 'thematic'],
  },
  'Rapid review, LCSPR, National CSPR, SCR, PLR, SAR, DHR, Appreciative inquiry, Single-agency review, Critical incident review, Practice learning set or Child death review',
);

export const REVIEW_STATUS_SHEET_WORDS = table<ReviewStatus>(
  {
    proposed: ['proposed', 'under consideration'],
    scoping: ['scoping', 'terms of reference'],
    'in-progress': ['in progress', 'ongoing', 'underway', 'live', 'active'],
    'report-drafted': ['report drafted', 'draft report', 'draft report written', 'drafted'],
    completed: ['completed', 'complete', 'finished'],
    published: ['published'],
    'closed-unpublished': ['closed unpublished', 'closed without publication', 'closed not published', 'not published'],
  },
  'Proposed, Scoping, In progress, Report drafted, Completed, Published or Closed unpublished',
);

export const RAPID_REVIEW_OUTCOME_WORDS = table<RapidReviewOutcome>(
  {
    lcspr: ['local child safeguarding practice review', 'lcspr recommended', 'lcspr'],
    'other-learning-review': ['other learning review', 'other review', 'learning review', 'other'],
    'no-further-review': ['no further review', 'no review', 'no further action', 'nfa', 'nfr'],
  },
  'LCSPR, Other learning review or No further review',
);

export const FAMILY_PARTICIPATION_WORDS = table<FamilyParticipation>(
  {
    'not-yet-offered': ['not yet offered', 'not offered yet', 'not offered'],
    offered: ['offered', 'invited'],
    'took-part': ['took part', 'participated', 'involved', 'yes'],
    declined: ['declined', 'refused'],
    'not-appropriate': ['not appropriate', 'inappropriate'],
  },
  'Not yet offered, Offered, Took part, Declined or Not appropriate',
);

export const YES_NO_WORDS = table<'yes' | 'no'>({ yes: ['y', 'true', '1', 'yes'], no: ['n', 'false', '0', 'no'] }, 'Yes or No');

/** A sector named for an attendee's agency in a training register (`Police`, `Health`, `Education`). */
export const SECTOR_WORDS = table<AgencySector>(
  {
    police: ['police', 'constabulary'],
    health: ['health', 'nhs', 'icb', 'health services'],
    'childrens-social-care': ["children's social care", 'childrens social care', 'csc', "children's services", 'social care children'],
    'adult-social-care': ['adult social care', 'asc', 'adults social care', "adults' services"],
    education: ['education', 'school', 'schools', 'early years', 'college'],
    probation: ['probation', 'probation service'],
    'youth-justice': ['youth justice', 'yot', 'youth offending', 'youth justice service'],
    housing: ['housing'],
    ambulance: ['ambulance', 'ambulance service'],
    'voluntary-community': ['voluntary', 'voluntary and community', 'vcs', 'vcse', 'charity', 'third sector'],
    other: ['other'],
  },
  "Police, Health, Children's social care, Adult social care, Education, Probation, Youth justice, Housing, Ambulance, Voluntary and community or Other",
);
