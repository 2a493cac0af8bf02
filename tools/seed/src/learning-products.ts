import type { LearningProductKind } from '@sli/exchange-domain';
import { type PartnershipContext, sequenceRef } from './context';
import { type Day, iso, onWorkingDay, quartersOf, toDay, yearEnd, yearLabel, yearStart } from './dates';
import type { Random } from './random';
import { topic } from './themes';
import { capitalise, phrase } from './texts';

const BRIEFED = new Set(['lcspr', 'scr', 'sar', 'dhr', 'plr', 'appreciative-inquiry', 'practice-learning-set']);

/**
 * How learning is shared: a 7-minute briefing for every published review, a quarterly newsletter
 * (linking the reviews finished that quarter), an annual learning event, practitioner forums, and
 * webinars and podcasts from 2020 on. Run after the reviews are written.
 */
export function writeLearningProducts(ctx: PartnershipContext, rng: Random): void {
  const add = (kind: LearningProductKind, year: number, title: string, day: Day, reach: number, reviews: string[], themes: string[]) => {
    if (day > ctx.asOf) return;
    ctx.out.learningProducts.push({
      partnership: ctx.partnership.ref, ref: sequenceRef(ctx, 'LP', year), kind, title, publishedOn: iso(day), reach, reviews,
      themes: [...new Set(themes)],
    });
  };
  const reviews = ctx.out.reviews;

  for (const year of ctx.years) {
    const inYear = (d: string | null | undefined) => !!d && toDay(d) >= yearStart(year) && toDay(d) <= yearEnd(year);
    for (const r of reviews) {
      if (r.status === 'published' && BRIEFED.has(r.type) && inYear(r.publishedOn)) {
        const day = toDay(r.publishedOn ?? r.initiatedOn) + rng.int(0, 30);
        add('seven-minute-briefing', year, `7-minute briefing: ${r.title}`, day, rng.int(120, 900), [r.ref], (r.themes ?? []).slice(0, 3));
      }
    }
    quartersOf(year).forEach((quarter, q) => {
      const issued = onWorkingDay(quarter + rng.int(20, 50));
      const finished = reviews.filter((r) => r.completedOn && toDay(r.completedOn) >= quarter - 92 && toDay(r.completedOn) < quarter && toDay(r.completedOn) <= issued);
      const focus = topic(rng, year, ctx.kind);
      add('newsletter-item', year, `Newsletter Q${q + 1} ${yearLabel(year)}: ${phrase(focus)}`, issued, rng.int(300, 2000),
        finished.map((r) => r.ref), [focus, ...finished.flatMap((r) => (r.themes ?? []).slice(0, 1))]);
    });
    const published = reviews.filter((r) => r.status === 'published' && inYear(r.publishedOn));
    const eventDay = onWorkingDay(yearEnd(year) - rng.int(20, 60));
    const eventThemes = published.length > 0 ? published.flatMap((r) => (r.themes ?? []).slice(0, 2)) : [topic(rng, year, ctx.kind)];
    add('learning-event', year, `Annual learning event ${yearLabel(year)}`, eventDay, rng.int(60, 200), published.map((r) => r.ref), eventThemes.slice(0, 4));
    for (let i = rng.int(1, 2); i > 0; i--) {
      const focus = topic(rng, year, ctx.kind);
      add('practitioner-forum', year, `Practitioner forum: ${phrase(focus)}`, onWorkingDay(rng.int(yearStart(year), yearEnd(year))), rng.int(25, 80), [], [focus]);
    }
    if (year >= 2020 && rng.chance(0.7)) {
      const focus = topic(rng, year, ctx.kind);
      const kind = rng.pick(['webinar', 'podcast'] as const);
      add(kind, year, `${capitalise(kind)}: ${phrase(focus)}`, onWorkingDay(rng.int(yearStart(year), yearEnd(year))), rng.int(40, 600), [], [focus]);
    }
  }
}
