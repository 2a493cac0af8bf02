import type { ActionRecord, MeasureRecord, ObaStrategyRecord } from '@sli/exchange-domain';
import { coreAgencies, existingAgencies, type PartnershipContext } from './context';
import { iso, yearStart } from './dates';
import type { Random } from './random';

interface StrategySpec {
  ref: string;
  title: string;
  description: string;
  /** Partner agencies, in order of preference; those the partnership has are taken, 2–4 of them. */
  partners: readonly string[];
  /** Performance measures (refs of measures.ts) the strategy is measured by. */
  measures: readonly string[];
  /** Themes of the actions that serve it. */
  themes: readonly string[];
}

interface ResultSpec {
  ref: string;
  title: string;
  population: (place: string) => string;
  /** Population-level measures (refs of measures.ts). */
  indicators: readonly string[];
  strategies: readonly StrategySpec[];
}

const CHILDREN_SAFE: ResultSpec = {
  ref: 'RES-CHILDREN-SAFE',
  title: 'Children are safe from abuse and neglect',
  population: (place) => `Children and young people living in ${place}`,
  indicators: ['M-RE-REFERRALS', 'M-CPP-REPEAT', 'M-NOTIFICATIONS', 'M-CHILD-FEELS-SAFER'],
  strategies: [
    { ref: 'STR-EARLY-HELP', title: 'Help families early, before problems escalate', description: 'A shared early help offer and assessment, led by the family hub.', partners: ['CSC', 'EDUCATION', 'COMMUNITY', 'VCS'], measures: ['M-EARLY-HELP'], themes: ['early-help', 'neglect', 'think-family'] },
    { ref: 'STR-CP-PRACTICE', title: 'Timely, joined-up child protection', description: 'Strategy discussions with every agency that knows the child, and conferences on time.', partners: ['CSC', 'POLICE', 'ICB', 'ACUTE'], measures: ['M-ICPC-TIMELY', 'M-NOTIFIED-ON-TIME'], themes: ['multi-agency-working', 'information-sharing', 'risk-assessment'] },
    { ref: 'STR-LEARN-FROM-REVIEWS', title: 'Learn from serious incidents and act on what we learn', description: 'Rapid reviews on time and action plans followed through to evidence of impact.', partners: ['CSC', 'POLICE', 'ICB'], measures: ['M-RAPID-REVIEWS-ON-TIME', 'M-ACTIONS-ON-TIME', 'M-AUDIT-GOOD'], themes: ['professional-curiosity', 'supervision', 'recording'] },
  ],
};

const CHILDREN_DOMESTIC_ABUSE: ResultSpec = {
  ref: 'RES-CHILDREN-DA',
  title: 'Children living with domestic abuse are protected and supported',
  population: (place) => `Children in households affected by domestic abuse in ${place}`,
  indicators: [],
  strategies: [
    { ref: 'STR-ENCOMPASS', title: 'Tell schools about domestic abuse incidents by the next school day', description: 'Operation Encompass: police share incidents with a child present with the designated safeguarding lead.', partners: ['POLICE', 'EDUCATION', 'CSC', 'DA-SERVICE'], measures: ['M-ENCOMPASS'], themes: ['domestic-abuse', 'information-sharing'] },
    { ref: 'STR-DA-WORKFORCE', title: 'A workforce confident to recognise and respond to domestic abuse', description: 'Multi-agency training on coercive control and the voice of the child, followed up for changed practice.', partners: ['ICB', 'EDUCATION', 'VCS', 'CSC'], measures: ['M-TRAINING-REACH', 'M-PRACTICE-CHANGE'], themes: ['domestic-abuse', 'voice-of-the-child', 'invisible-men'] },
  ],
};

const ADULTS_SAFE: ResultSpec = {
  ref: 'RES-ADULTS-SAFE',
  title: 'Adults at risk are safe and their wishes are heard',
  population: (place) => `Adults with care and support needs living in ${place}`,
  indicators: ['M-REPEAT-CONCERNS', 'M-MSP-ACHIEVED', 'M-ADULT-FEELS-SAFER'],
  strategies: [
    { ref: 'STR-MSP', title: 'Make safeguarding personal in every enquiry', description: 'Ask every adult what they want from an enquiry and record whether it was achieved.', partners: ['ASC', 'HOUSING', 'MH', 'VCS'], measures: ['M-MSP-ASKED', 'M-S42-ENQUIRIES'], themes: ['mental-capacity', 'multi-agency-working'] },
    { ref: 'STR-SAR-LEARNING', title: 'Learn from safeguarding adults reviews and act on what we learn', description: 'Action plans from reviews and audits followed through to evidence of impact.', partners: ['ASC', 'POLICE', 'ICB', 'AMBULANCE'], measures: ['M-ACTIONS-ON-TIME', 'M-AUDIT-GOOD'], themes: ['professional-curiosity', 'escalation', 'recording'] },
  ],
};

const ADULTS_SELF_NEGLECT: ResultSpec = {
  ref: 'RES-SELF-NEGLECT',
  title: 'Adults who self-neglect get timely, coordinated support',
  population: (place) => `Adults who self-neglect or hoard in ${place}`,
  indicators: [],
  strategies: [
    { ref: 'STR-SELF-NEGLECT-PATHWAY', title: 'One multi-agency self-neglect and hoarding pathway', description: 'A shared threshold, a lead professional and a multi-agency risk meeting for every high-risk case.', partners: ['ASC', 'HOUSING', 'FIRE', 'MH'], measures: [], themes: ['self-neglect', 'housing-homelessness', 'multi-agency-working'] },
    { ref: 'STR-CAPACITY-TRAINING', title: 'Practitioners skilled in mental capacity and self-neglect', description: 'Training on executive capacity and professional curiosity, followed up for changed practice.', partners: ['ASC', 'ICB', 'CARE-PROVIDERS', 'VCS'], measures: ['M-TRAINING-REACH', 'M-PRACTICE-CHANGE'], themes: ['mental-capacity', 'self-neglect', 'professional-curiosity'] },
  ],
};

const RESULTS: Record<PartnershipContext['kind'], readonly ResultSpec[]> = {
  children: [CHILDREN_SAFE, CHILDREN_DOMESTIC_ABUSE],
  adults: [ADULTS_SAFE, ADULTS_SELF_NEGLECT],
  joint: [CHILDREN_SAFE, CHILDREN_DOMESTIC_ABUSE, ADULTS_SAFE],
  'community-safety': [CHILDREN_DOMESTIC_ABUSE],
};

/**
 * The results hierarchy of the scorecard: 2–3 results per partnership, each with its population-level
 * indicators (from the measures already written) and 2–3 strategies with 2–4 partner agencies, their
 * performance measures and 2–5 actions of the action plan. Runs after the measures and action plans.
 * A measure sits in one place only: the first result or strategy that names it takes it.
 */
export function writeObaResults(ctx: PartnershipContext, rng: Random): void {
  const partnership = ctx.partnership.ref;
  const measures = new Map(ctx.out.measures.map((m) => [m.ref, m]));
  const placed = new Set<string>();
  const take = (ref: string): MeasureRecord | undefined => {
    const m = measures.get(ref);
    if (!m || placed.has(ref)) return undefined;
    placed.add(ref);
    return m;
  };
  // Actions of the last two years' plans, so a strategy is served by work the committee still follows.
  const since = iso(yearStart(ctx.years[Math.max(0, ctx.years.length - 2)] ?? ctx.years[0] ?? 2000));
  const recent = ctx.out.actions.filter((a) => a.dueOn >= since);
  const usedActions = new Set<string>();

  RESULTS[ctx.kind].forEach((spec, position) => {
    ctx.out.obaResults.push({
      partnership,
      ref: spec.ref,
      title: spec.title,
      population: spec.population(ctx.place),
      ...(position > 0 ? { position } : {}),
    });
    for (const ref of spec.indicators) {
      const m = take(ref);
      if (m) Object.assign(m, { kind: 'indicator', result: spec.ref });
    }
    spec.strategies.forEach((s, i) => {
      const record: ObaStrategyRecord = {
        partnership,
        ref: s.ref,
        result: spec.ref,
        title: s.title,
        description: s.description,
        ...(i > 0 ? { position: i } : {}),
        partners: partnersOf(ctx, s.partners),
        actions: actionsFor(rng.fork(s.ref), recent, s.themes, usedActions),
      };
      ctx.out.obaStrategies.push(record);
      for (const ref of s.measures) {
        const m = take(ref);
        if (m) m.strategy = s.ref;
      }
    });
  });
}

/** 2–4 partners: the wanted agencies the partnership has, topped up from its core members. */
function partnersOf(ctx: PartnershipContext, wanted: readonly string[]): string[] {
  const chosen = existingAgencies(ctx, wanted).slice(0, 4);
  for (const ref of coreAgencies(ctx)) {
    if (chosen.length >= 2) break;
    if (!chosen.includes(ref)) chosen.push(ref);
  }
  return chosen.sort();
}

/** 2–5 actions on the strategy's themes (others when too few), each serving one strategy, refs sorted. */
function actionsFor(rng: Random, actions: readonly ActionRecord[], themes: readonly string[], used: Set<string>): string[] {
  const free = actions.filter((a) => !used.has(a.ref));
  const onTheme = free.filter((a) => a.themes?.some((t) => themes.includes(t)));
  const count = rng.int(2, 5);
  const pool = onTheme.length >= count ? onTheme : [...onTheme, ...rng.shuffle(free.filter((a) => !onTheme.includes(a)))];
  const chosen = (pool === onTheme ? rng.sample(onTheme, count) : pool.slice(0, count)).map((a) => a.ref);
  chosen.forEach((ref) => used.add(ref));
  return chosen.sort();
}
