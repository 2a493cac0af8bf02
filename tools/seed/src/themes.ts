import type { AgeBand, Harm, PartnershipKind, ThemeGroup } from '@sli/exchange-domain';
import type { Random } from './random';

/**
 * Which themes a case is tagged with, and how that drifts over the years: online harm and child
 * exploitation rise, COVID-19 peaks in 2020/21, professional curiosity stays steady. Codes are
 * those of the default taxonomy (apps/api/src/database/migrations/default-themes.ts) plus each
 * partnership's own few themes below.
 */

/** Codes of the default taxonomy every partnership is given (see default-themes.ts in the API's migrations). */
export const DEFAULT_THEME_CODES: readonly string[] = [
  'under-one', 'adolescents', 'disability', 'mental-health-child', 'voice-of-the-child', 'ethnicity-culture', 'children-in-care',
  'sudden-unexpected-infant-death', 'domestic-abuse', 'parental-mental-health', 'parental-substance-misuse', 'invisible-men',
  'housing-homelessness', 'poverty', 'young-carers', 'neglect', 'self-neglect', 'physical-abuse', 'sexual-abuse', 'emotional-abuse',
  'child-exploitation', 'online-harm', 'suicide-self-harm', 'serious-youth-violence', 'modern-slavery', 'information-sharing',
  'professional-curiosity', 'risk-assessment', 'multi-agency-working', 'escalation', 'mental-capacity', 'think-family', 'recording',
  'supervision', 'workforce-capacity', 'transitions', 'early-help', 'thresholds', 'covid-19',
];

/** A partnership's own themes, beside the default taxonomy every partnership gets. */
export interface OwnTheme {
  code: string;
  name: string;
  group: ThemeGroup;
  description: string;
  kinds: readonly PartnershipKind[];
}

export const OWN_THEMES: readonly OwnTheme[] = [
  {
    code: 'elective-home-education',
    name: 'Elective home education',
    group: 'child',
    description: 'Children educated at home and their visibility to services.',
    kinds: ['children', 'joint'],
  },
  {
    code: 'cost-of-living',
    name: 'Cost of living',
    group: 'family-context',
    description: 'Rising household costs from 2022 and their effect on care and stress.',
    kinds: ['children', 'adults', 'joint'],
  },
  {
    code: 'financial-abuse',
    name: 'Financial and material abuse',
    group: 'harm',
    description: 'Theft, fraud, scams and coercion over money or property.',
    kinds: ['adults', 'joint'],
  },
  {
    code: 'alcohol-and-drug-use',
    name: "Adults' alcohol and drug use",
    group: 'family-context',
    description: 'Alcohol and drug use by the adult at the centre of a review.',
    kinds: ['adults', 'joint'],
  },
];

/** Multiplier on a theme's base prevalence in financial year `year`. */
export function drift(code: string, year: number): number {
  const t = Math.min(Math.max(year - 2016, -5), 15);
  switch (code) {
    case 'online-harm':
      return 0.4 + 0.15 * t;
    case 'child-exploitation':
      return 0.6 + 0.09 * t;
    case 'serious-youth-violence':
      return 0.7 + 0.06 * t;
    case 'mental-health-child':
    case 'ethnicity-culture':
    case 'invisible-men':
      return 0.6 + 0.08 * t;
    case 'poverty':
    case 'housing-homelessness':
      return 0.8 + 0.05 * t;
    case 'covid-19':
      return ({ 2020: 1, 2021: 0.55, 2022: 0.15 } as Record<number, number>)[year] ?? 0;
    case 'cost-of-living':
      return year >= 2022 ? 1 : 0;
    default:
      return 1;
  }
}

type Weights = Record<string, number>;

function draw(rng: Random, year: number, weights: Weights, max: number): string[] {
  const chosen: string[] = [];
  for (const [code, base] of Object.entries(weights)) {
    if (chosen.length < max && rng.chance(Math.min(0.98, base * drift(code, year)))) chosen.push(code);
  }
  return chosen;
}

const older = (age: AgeBand) => age === '11-15' || age === '16-17';

/** Themes of a child's serious incident (and its rapid review). */
export function childCaseThemes(rng: Random, year: number, age: AgeBand, harm: Harm, ownThemes: boolean): string[] {
  const death = harm === 'death';
  const weights: Weights = {
    ...(age === 'under-1' ? { 'under-one': 1 } : {}),
    ...(older(age) ? { adolescents: 1 } : {}),
    neglect: 0.58,
    ...(age === 'under-1' && death ? { 'sudden-unexpected-infant-death': 0.5 } : {}),
    'physical-abuse': age === 'under-1' || age === '1-5' ? 0.3 : 0.1,
    'sexual-abuse': older(age) ? 0.15 : 0.05,
    'child-exploitation': older(age) ? 0.28 : 0.01,
    'online-harm': older(age) ? 0.18 : age === '6-10' ? 0.05 : 0,
    'serious-youth-violence': age === '16-17' ? 0.3 : age === '11-15' ? 0.1 : 0,
    'suicide-self-harm': older(age) ? (death ? 0.4 : 0.15) : 0,
    'mental-health-child': older(age) ? 0.25 : 0.02,
    'domestic-abuse': 0.45,
    'parental-mental-health': 0.35,
    'parental-substance-misuse': 0.3,
    'information-sharing': 0.35,
    'professional-curiosity': 0.3,
    'voice-of-the-child': 0.25,
    'multi-agency-working': 0.2,
    'invisible-men': 0.15,
    'risk-assessment': 0.15,
    'covid-19': 0.45,
    'emotional-abuse': 0.06,
    'children-in-care': older(age) ? 0.15 : 0.04,
    transitions: age === '16-17' ? 0.2 : 0,
    'ethnicity-culture': 0.08,
    disability: 0.08,
    'housing-homelessness': 0.08,
    poverty: 0.08,
    escalation: 0.08,
    'early-help': 0.08,
    supervision: 0.06,
    ...(ownThemes ? { 'cost-of-living': 0.12, 'elective-home-education': age === '1-5' || age === 'under-1' ? 0 : 0.06 } : {}),
  };
  return atLeast(rng, draw(rng, year, weights, 7), 3, ['information-sharing', 'professional-curiosity', 'multi-agency-working']);
}

/** Themes of a safeguarding adults review; `selfNeglect` is decided by the caller (about 45%). */
export function sarThemes(rng: Random, year: number, selfNeglect: boolean, ownThemes: boolean): string[] {
  const weights: Weights = {
    'mental-capacity': 0.45,
    'multi-agency-working': 0.4,
    'information-sharing': 0.35,
    'professional-curiosity': 0.3,
    'risk-assessment': 0.25,
    'domestic-abuse': 0.15,
    disability: 0.15,
    'housing-homelessness': 0.2,
    'suicide-self-harm': 0.12,
    escalation: 0.12,
    'think-family': 0.1,
    transitions: 0.08,
    'young-carers': 0.08,
    'workforce-capacity': 0.1,
    'physical-abuse': 0.08,
    'modern-slavery': 0.04,
    'covid-19': 0.3,
    ...(ownThemes ? { 'alcohol-and-drug-use': 0.3, 'financial-abuse': 0.15, 'cost-of-living': 0.12 } : {}),
  };
  const themes = draw(rng, year, weights, 6);
  return atLeast(rng, selfNeglect ? ['self-neglect', ...themes] : themes, 3, ['multi-agency-working', 'risk-assessment']);
}

export function dhrThemes(rng: Random, year: number, ownThemes: boolean): string[] {
  const weights: Weights = {
    'risk-assessment': 0.4,
    'information-sharing': 0.4,
    'professional-curiosity': 0.3,
    'multi-agency-working': 0.3,
    'suicide-self-harm': 0.2,
    'invisible-men': 0.15,
    'ethnicity-culture': 0.15,
    escalation: 0.12,
    'housing-homelessness': 0.1,
    'covid-19': 0.3,
    ...(ownThemes ? { 'alcohol-and-drug-use': 0.3 } : {}),
  };
  return atLeast(rng, ['domestic-abuse', ...draw(rng, year, weights, 5)], 3, ['risk-assessment', 'information-sharing']);
}

/** Practice and system themes a full review adds to those of the incident. */
export function practiceThemes(rng: Random, year: number): string[] {
  return draw(
    rng,
    year,
    {
      'professional-curiosity': 0.35,
      'information-sharing': 0.3,
      escalation: 0.2,
      supervision: 0.2,
      'think-family': 0.15,
      recording: 0.12,
      'workforce-capacity': 0.12,
      thresholds: 0.1,
      'early-help': 0.1,
    },
    2,
  );
}

const CHILD_TOPICS: Weights = {
  neglect: 3,
  'domestic-abuse': 2,
  'child-exploitation': 1.5,
  'online-harm': 1,
  'under-one': 1,
  'voice-of-the-child': 1,
  'early-help': 1,
  thresholds: 0.8,
  'parental-mental-health': 1,
  'children-in-care': 0.8,
  disability: 0.6,
  'invisible-men': 0.8,
  'covid-19': 1,
};

const ADULT_TOPICS: Weights = {
  'self-neglect': 3,
  'mental-capacity': 2,
  'domestic-abuse': 1.5,
  transitions: 1,
  'modern-slavery': 0.8,
  'housing-homelessness': 1,
  'suicide-self-harm': 0.8,
  'covid-19': 1,
};

/** The topic of an audit, newsletter or event, weighted by the partnership's remit and the year. */
export function topic(rng: Random, year: number, kind: PartnershipKind): string {
  const pool = kind === 'adults' ? ADULT_TOPICS : kind === 'children' ? CHILD_TOPICS : { ...ADULT_TOPICS, ...CHILD_TOPICS };
  return rng.weighted(Object.entries(pool).map(([code, w]) => [code, w * drift(code, year)] as const));
}

function atLeast(rng: Random, themes: string[], min: number, fillers: readonly string[]): string[] {
  const out = [...new Set(themes)];
  for (const f of rng.shuffle(fillers)) if (out.length < min && !out.includes(f)) out.push(f);
  return out;
}
