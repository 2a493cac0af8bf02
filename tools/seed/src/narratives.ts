import type { AnnualReportNarrativeRecord, NarrativeSection, NarrativeVersionRecord } from '@sli/exchange-domain';
import { coversAdults, coversChildren, type PartnershipContext } from './context';
import { dayOf, iso, timestamp, toDay, yearEnd, yearLabel, yearStart, type Day } from './dates';
import type { Random } from './random';
import { capitalise, phrase } from './texts';

/*
 * The annual report's narrative sections a business unit writes and the board approves, for each
 * year generated (approved) and the year after the last (a draft). Written from templates filled with
 * the partnership's own figures and themes for the year, so they agree with the report's tables.
 * Generic by design: no child, adult, family or practitioner is named or described.
 */

/** What happened in one financial year, counted from the partnership's generated records. */
export interface YearFigures {
  notifications: number;
  rapidReviews: number;
  reviewsStarted: number;
  reviewsCompleted: number;
  reviewsPublished: number;
  familiesTookPart: number;
  familiesOffered: number;
  practitioners: number;
  actionsCompleted: number;
  actionsOpenAtYearEnd: number;
  auditsCompleted: number;
  section11Returns: number;
  attendances: number;
  learningProducts: number;
  /** Theme codes of the year's reviews and audits, most frequent first (ties by code). */
  themes: string[];
}

const between = (date: string | null | undefined, from: string, to: string) => !!date && date >= from && date <= to;

/** The year's figures; `year` 2024 is 2024/25. */
export function yearFigures(ctx: PartnershipContext, year: number): YearFigures {
  const from = iso(yearStart(year));
  const to = iso(yearEnd(year));
  const o = ctx.out;
  const reviews = o.reviews.filter((r) => between(r.initiatedOn, from, to));
  const fullReviews = reviews.filter((r) => r.type !== 'rapid-review');
  const completed = o.reviews.filter((r) => r.type !== 'rapid-review' && between(r.completedOn, from, to));
  const audits = o.audits.filter((a) => between(a.completedOn, from, to));
  const auditRefs = new Set(o.audits.filter((a) => a.type === 'section-11' && between(a.completedOn, from, to)).map((a) => a.ref));
  const sessions = new Set(o.trainingSessions.filter((s) => between(s.sessionDate, from, to)).map((s) => s.ref));
  const counts = new Map<string, number>();
  for (const r of [...reviews, ...audits]) for (const t of r.themes ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return {
    notifications: o.notifications.filter((n) => between(n.dateNotified ?? n.dateAware, from, to)).length,
    rapidReviews: reviews.length - fullReviews.length,
    reviewsStarted: fullReviews.length,
    reviewsCompleted: completed.length,
    reviewsPublished: o.reviews.filter((r) => between(r.publishedOn, from, to)).length,
    familiesTookPart: completed.filter((r) => r.familyParticipation === 'took-part').length,
    familiesOffered: completed.filter((r) => r.familyParticipation && r.familyParticipation !== 'not-yet-offered' && r.familyParticipation !== 'not-appropriate').length,
    practitioners: completed.reduce((n, r) => n + (r.practitionersInvolved ?? 0), 0),
    actionsCompleted: o.actions.filter((a) => between(a.completedOn, from, to)).length,
    actionsOpenAtYearEnd: o.actions.filter((a) => a.dueOn <= to && (!a.completedOn || a.completedOn > to) && (!a.cancelledOn || a.cancelledOn > to) && firstUpdate(a.updates) <= to).length,
    auditsCompleted: audits.length,
    section11Returns: o.section11Assessments.filter((s) => auditRefs.has(s.audit)).length,
    attendances: o.attendances.filter((a) => a.attended && sessions.has(a.session)).length,
    learningProducts: o.learningProducts.filter((p) => between(p.publishedOn, from, to)).length,
    themes: [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code),
  };
}

const firstUpdate = (updates: readonly { changedAt: string }[] | undefined) => updates?.[0]?.changedAt.slice(0, 10) ?? '';

/** "one", "two" … up to ten in words, as a report writes them; figures above. */
function count(n: number, singular: string, plural = `${singular}s`): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return `${n <= 10 ? words[n] : n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** Who the partnership serves, in words. */
function people(ctx: PartnershipContext): string {
  if (coversChildren(ctx.kind) && coversAdults(ctx.kind)) return 'children, young people and adults at risk';
  return coversChildren(ctx.kind) ? 'children and young people' : 'adults at risk';
}

function themesOf(f: YearFigures, fallback: readonly string[]): string[] {
  const codes = [...f.themes, ...fallback.filter((c) => !f.themes.includes(c))];
  return codes.slice(0, 3);
}

const CHANGES: readonly ((topic: string) => string)[] = [
  (t) => `Multi-agency guidance on ${t} was rewritten with practitioners and relaunched at a series of briefings.`,
  (t) => `A shared screening tool for ${t} is now used at the front door, and its use is checked in the monthly dip sample.`,
  (t) => `Supervision templates in the main agencies now prompt a discussion of ${t}.`,
  (t) => `A practitioner forum on ${t} meets each quarter, and its questions shape the training programme.`,
];

const VOICES: readonly string[] = [
  'Young people from the participation group reviewed our learning briefings and told us plainly where they were hard to follow; the briefings were rewritten as a result.',
  'Families who took part in reviews told us that being asked early, and kept informed, mattered more to them than the final report; the business unit now offers a first conversation within a month of a review starting.',
  'Practitioners told us, through the annual survey and our forums, that they value learning that is short and practical; seven-minute briefings remain the most read of our products.',
  'People with lived experience helped us to test the wording of our public information, and we changed it where it did not make sense to them.',
];

const SCRUTINY: readonly string[] = [
  'The independent scrutineer attended the executive group twice during the year and reported directly to the safeguarding partners.',
  'A peer challenge with a neighbouring partnership looked at how we track actions from reviews, and its suggestions are now part of our action plan.',
  'Agencies were held to account through the section 11 challenge events, where each lead presented its evidence to a panel of partners.',
];

/** How families and practitioners took part in the year's completed reviews. */
function voiceOpening(f: YearFigures): string {
  const families =
    f.familiesOffered === 0
      ? 'No review completed this year reached the stage of inviting a family to contribute.'
      : `Families were invited to contribute to ${count(f.familiesOffered, 'completed review')}, and ${
          f.familiesTookPart === 0 ? 'none chose to take part, though each was kept informed.' : `took part in ${count(f.familiesTookPart, 'of them', 'of them')}.`
        }`;
  const practitioners = f.practitioners > 0 ? ` In all, ${f.practitioners.toLocaleString('en-GB')} practitioners contributed to reviews through learning events and conversations.` : '';
  return families + practitioners;
}

function paragraphs(...items: string[]): string {
  return items.join('\n\n');
}

function sectionTexts(ctx: PartnershipContext, rng: Random, year: number, f: YearFigures, next: readonly string[]): Record<NarrativeSection, string> {
  const label = yearLabel(year);
  const topics = themesOf(f, ['multi-agency-working', 'information-sharing', 'professional-curiosity']).map(phrase);
  const nextTopics = next.slice(0, 3).map(phrase);
  const change = rng.shuffle(CHANGES).slice(0, 2);
  const voice = rng.shuffle(VOICES).slice(0, 2);
  const scrutiny = rng.pick(SCRUTINY);
  const name = ctx.partnership.name;
  return {
    priorities: paragraphs(
      `In ${label} the partnership worked to three priorities agreed by the safeguarding partners: ${list(topics)}. They were chosen from what our reviews, audits and data told us about the experiences of ${people(ctx)} in ${ctx.place}.`,
      `The partnership received ${count(f.notifications, 'serious incident notification')} and held ${count(f.rapidReviews, 'rapid review')} during the year. ${capitalise(count(f.reviewsStarted, 'further review'))} ${f.reviewsStarted === 1 ? 'was' : 'were'} started, and ${count(f.reviewsCompleted, 'review')} other than rapid reviews ${f.reviewsCompleted === 1 ? 'was' : 'were'} completed.`,
      `Each priority had a lead from one of the statutory partners, and progress was reported to every meeting of the executive group.`,
    ),
    'learning-from-reviews': paragraphs(
      `${capitalise(count(f.reviewsCompleted, 'review'))} other than rapid reviews ${f.reviewsCompleted === 1 ? 'was' : 'were'} completed in ${label} and ${count(f.reviewsPublished, 'report')} published. Agencies completed ${count(f.actionsCompleted, 'action')} from review and audit recommendations; ${count(f.actionsOpenAtYearEnd, 'action')} due by the year end ${f.actionsOpenAtYearEnd === 1 ? 'was' : 'were'} still open at 31 March and ${f.actionsOpenAtYearEnd === 1 ? 'is' : 'are'} followed up by the learning and improvement group.`,
      `${change[0]?.(topics[0] ?? 'multi-agency working') ?? ''} ${change[1]?.(topics[1] ?? 'information sharing') ?? ''}`,
      `We shared the learning through ${count(f.learningProducts, 'briefing, event and newsletter item', 'briefings, events and newsletter items')}, and ${f.attendances.toLocaleString('en-GB')} practitioners attended partnership training.`,
    ),
    voice: paragraphs(
      voiceOpening(f),
      voice[0] ?? '',
      voice[1] ?? '',
    ),
    scrutiny: paragraphs(
      `The partnership completed ${count(f.auditsCompleted, 'audit')} of practice in ${label}${f.section11Returns > 0 ? `, and agencies submitted ${f.section11Returns.toLocaleString('en-GB')} section 11 self-assessment returns for moderation` : ''}.`,
      scrutiny,
      `The board reviewed this report before it was published on the ${name} website.`,
    ),
    'next-year': paragraphs(
      `For ${yearLabel(year + 1)} the safeguarding partners have agreed to focus on ${list(nextTopics)}, building on this year's learning.`,
      `Open actions from this year's reviews carry forward into the partnership's action plan and will be reported to the board each quarter until the impact of each is evidenced.`,
    ),
  };
}

const SECTIONS: readonly NarrativeSection[] = ['priorities', 'learning-from-reviews', 'voice', 'scrutiny', 'next-year'];

/**
 * Narratives for every year generated, approved by the board's member in the autumn after the year
 * (never after the generation date), and a first draft for the year after, not yet approved.
 */
export function writeNarratives(ctx: PartnershipContext, rng: Random): AnnualReportNarrativeRecord[] {
  const short = ctx.place.split(/\s+/)[0];
  const businessUnit = `Demo admin (${short})`;
  const board = `Demo board member (${short})`;
  const out: AnnualReportNarrativeRecord[] = [];
  const figures = ctx.years.map((year) => yearFigures(ctx, year));
  const clamp = (day: Day) => Math.min(day, ctx.asOf);
  ctx.years.forEach((year, i) => {
    const f = figures[i] as YearFigures;
    // Next year's focus is what next year's priorities section says it was.
    const next = themesOf(figures[i + 1] ?? f, ['multi-agency-working', 'information-sharing', 'professional-curiosity']);
    const texts = sectionTexts(ctx, rng.fork(`year:${year}`), year, f, next);
    const approvedOn = clamp(dayOf(year + 1, 9, 24));
    const savedOn = clamp(Math.min(dayOf(year + 1, 7, 1), approvedOn - 14));
    SECTIONS.forEach((section, s) => {
      const saved = timestamp(savedOn, 10 * 60 + s * 11);
      const approved = timestamp(approvedOn, 14 * 60 + s * 3);
      const final: NarrativeVersionRecord = { version: 1, text: texts[section], savedAt: saved, savedBy: businessUnit, approvedAt: approved, approvedBy: board };
      // Priorities went to the board twice: a first draft, then the version it approved.
      const versions: NarrativeVersionRecord[] =
        section === 'priorities'
          ? [
              { version: 1, text: texts[section].split('\n\n').slice(0, 2).join('\n\n'), savedAt: saved, savedBy: businessUnit },
              { ...final, version: 2, savedAt: timestamp(savedOn + 7, 10 * 60) },
            ]
          : [final];
      out.push({ partnership: ctx.partnership.ref, financialYear: yearLabel(year), section, versions });
    });
  });
  const last = ctx.years[ctx.years.length - 1];
  if (last !== undefined) {
    const f = figures[figures.length - 1] as YearFigures;
    const current = last + 1;
    const topics = themesOf(f, ['multi-agency-working', 'information-sharing', 'professional-curiosity']).map(phrase);
    const draftOn = toDay(iso(ctx.asOf));
    out.push({
      partnership: ctx.partnership.ref,
      financialYear: yearLabel(current),
      section: 'priorities',
      versions: [
        {
          version: 1,
          text: paragraphs(
            `Draft for the board. In ${yearLabel(current)} the partnership's priorities are ${list(topics)}, carried forward from the learning of ${yearLabel(last)}.`,
            `The figures for the year will be added after 31 March ${current + 1}, once the year's data has been checked.`,
          ),
          savedAt: timestamp(draftOn, 11 * 60),
          savedBy: businessUnit,
        },
      ],
    });
    out.push({
      partnership: ctx.partnership.ref,
      financialYear: yearLabel(current),
      section: 'next-year',
      versions: [
        {
          version: 1,
          text: paragraphs(
            `Draft for the board. Early thinking for ${yearLabel(current + 1)} is to keep ${topics[0] ?? 'multi-agency working'} as a priority and to add one drawn from this year's reviews.`,
            `The partners will agree the priorities at the board's development session in the spring of ${current + 1}.`,
          ),
          savedAt: timestamp(draftOn, 11 * 60 + 5),
          savedBy: businessUnit,
        },
      ],
    });
  }
  return out;
}
