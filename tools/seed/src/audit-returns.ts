import { AUDIT_RETURN_DEFAULT_WORKING_DAYS } from '@sli/audits-domain';
import type { AuditAgencyReturnRecord } from '@sli/exchange-domain';
import type { PartnershipContext } from './context';
import { addWorkingDays, iso, onWorkingDay, toDay } from './dates';
import { deriveSeed, hashString, Random } from './random';

/*
 * Agency returns for audit rounds (issue 13), written after everything else from each audit's ref alone
 * (never from the partnership's random stream), so every other demo figure stays as it was. Rounds started
 * in the 18 months before the generation date invite each agency taking part a working week after the
 * start, due 20 working days later:
 * - a completed round: nine agencies in ten returned, about one in five of them after the due date; the
 *   rest never did (the tracker shows them overdue; a completed round is no longer chased);
 * - a round in progress: past the due date, about two in three returned and the rest overdue; before it,
 *   about two in five returned early and the rest still to come.
 * Returned dates are never after the generation date (nor after the round's completion).
 */

const RECENT_DAYS = 548;

const SUMMARIES = [
  (a: string) => `${a}'s return reviewed and signed off by its named safeguarding lead.`,
  (a: string) => `${a} completed the return with its designated professionals; evidence held on the agency's intranet.`,
  (a: string) => `${a}'s return draws on its own single-agency audit and supervision records for the period.`,
] as const;

export function writeAuditReturns(ctx: PartnershipContext): void {
  const seed = hashString(ctx.partnership.ref);
  const asOf = ctx.asOf;
  for (const audit of ctx.out.audits) {
    if (audit.partnership !== ctx.partnership.ref || !audit.agencies?.length) continue;
    const started = toDay(audit.startedOn);
    if (started < asOf - RECENT_DAYS) continue;
    const sent = onWorkingDay(addWorkingDays(started, 5));
    if (sent > asOf) continue;
    const due = addWorkingDays(sent, AUDIT_RETURN_DEFAULT_WORKING_DAYS);
    const completed = audit.completedOn ? toDay(audit.completedOn) : null;
    const last = Math.min(asOf, completed ?? asOf);
    const returns: AuditAgencyReturnRecord[] = [];
    for (const agency of audit.agencies) {
      const rng = new Random(deriveSeed(seed, `audit-return:${audit.ref}:${agency}`));
      const returned = completed !== null ? rng.chance(0.9) : due < asOf ? rng.chance(2 / 3) : rng.chance(0.4);
      const record: AuditAgencyReturnRecord = { agency, sentOn: iso(sent), dueOn: iso(due) };
      if (returned) {
        const late = completed !== null ? rng.chance(0.2) : due < asOf && rng.chance(0.3);
        const on = late ? Math.min(last, addWorkingDays(due, rng.int(1, 8))) : Math.min(last, addWorkingDays(sent, rng.int(8, AUDIT_RETURN_DEFAULT_WORKING_DAYS)));
        if (on >= sent) {
          const name = ctx.out.agencies.find((a) => a.ref === agency && a.partnership === ctx.partnership.ref)?.name ?? agency;
          Object.assign(record, { returnedOn: iso(on), submittedBy: `safeguarding.lead@${agency.toLowerCase()}.example.org`, summary: rng.pick(SUMMARIES)(name) });
        }
      }
      returns.push(record);
    }
    audit.agencyReturns = returns;
  }
}
