import type { ChronologyEntryRecord, InformationRequestRecord, KnownToAgency } from '@sli/exchange-domain';
import type { PartnershipContext } from './context';
import { type Day, iso, toDay } from './dates';
import { deriveSeed, hashString, Random } from './random';

/*
 * Agencies' answers to information requests (issue 13), written after everything else from each request's
 * ref alone (never from the partnership's random stream), so every other demo figure stays as it was:
 * - about half the returned scoping, chronology and rapid-review requests were answered in the product:
 *   a submitted answer, submitted the day the request was returned, with two to four chronology rows
 *   dated in the months before the request;
 * - about one outstanding request in four has a draft its agency has started (not in the merged chronology).
 * Subjects go by the review's pseudonym ("Child K", "Adult C"), never a name.
 */

const ANSWERED_KINDS = new Set(['scoping', 'chronology', 'rapid-review-information']);

/** What an agency of each sector records, as chronology events; `S` is the subject's pseudonym. */
const EVENTS: Record<string, readonly ((s: string) => string)[]> = {
  police: [
    (s) => `Officers attend a reported domestic incident at the home of ${s}; DASH risk assessment graded medium`,
    (s) => `Missing person report for ${s}; found the same evening and a return interview requested`,
    (s) => `Public protection notice about ${s} shared with children's social care`,
  ],
  health: [
    (s) => `${s} attends the emergency department with an injury; explanation consistent, no referral made`,
    (s) => `Missed health appointment for ${s}; letter sent to the family, not followed up`,
    (s) => `Health visitor contact: ${s} seen, concerns about home conditions noted`,
  ],
  'childrens-social-care': [
    (s) => `Contact about ${s} received at the front door; no further action after checks`,
    (s) => `Child and family assessment of ${s} opened following a police notification`,
    (s) => `Strategy discussion about ${s} held with police and health`,
  ],
  'adult-social-care': [
    (s) => `Safeguarding concern about ${s} received; section 42 enquiry not opened`,
    (s) => `Care Act assessment of ${s} completed; care and support plan agreed`,
  ],
  education: [
    (s) => `Designated safeguarding lead records a disclosure by ${s}; referral made the same day`,
    (s) => `${s}'s attendance falls below 80%; attendance officer home visit`,
  ],
};
const OTHER_EVENTS: readonly ((s: string) => string)[] = [
  (s) => `Contact with ${s} recorded; no safeguarding concern identified at the time`,
  (s) => `Multi-agency meeting about ${s} attended`,
];
const SOURCES = ['Case management record', 'Practitioner interview', 'Referral form', 'Meeting minutes', null] as const;

const SUMMARIES: Record<KnownToAgency, (s: string) => string> = {
  yes: (s) => `${s} was known to the agency through the contacts in the chronology. Records were reviewed by the agency's safeguarding lead.`,
  no: (s) => `A search of the agency's records found no contact with ${s} or the household in the period under review.`,
  unknown: (s) => `Records for the period are incomplete; the agency cannot say whether ${s} was known. A further search is under way.`,
};
const ANALYSES = [
  'Information was held by the agency but not shared with partners at the time.',
  'Practitioners did not consider the lived experience of the child when the family missed appointments.',
  'Escalation was not used when the referral led to no further action.',
  null,
] as const;

function subjectOf(ctx: PartnershipContext, review: string): string {
  const title = ctx.out.reviews.find((r) => r.ref === review)?.title ?? '';
  return /(Child|Adult) [A-Z]+/.exec(title)?.[0] ?? 'the subject';
}

function eventsOf(ctx: PartnershipContext, agencyRef: string): readonly ((s: string) => string)[] {
  const sector = ctx.agencies.find((a) => a.ref === agencyRef)?.template.sector ?? 'other';
  return EVENTS[sector] ?? OTHER_EVENTS;
}

/** Two to four rows, oldest first, between `from` and `to` (before the request), mostly the agency's own. */
function chronology(ctx: PartnershipContext, rng: Random, request: InformationRequestRecord, subject: string, from: Day, to: Day): ChronologyEntryRecord[] {
  const days = Array.from({ length: rng.int(2, 4) }, () => rng.int(from, to)).sort((a, b) => a - b);
  const others = ctx.agencies.filter((a) => a.core && a.ref !== request.agency).map((a) => a.ref);
  const used = new Set<string>();
  return days.map((day) => {
    const agency = others.length && rng.chance(0.2) ? rng.pick(others) : request.agency;
    // Each event once per answer, while the agency's list lasts.
    const events = eventsOf(ctx, agency).map((e) => e(subject));
    const fresh = events.filter((e) => !used.has(e));
    const event = rng.pick(fresh.length ? fresh : events);
    used.add(event);
    return {
      occurredOn: iso(day),
      agency,
      event,
      ...(() => {
        const source = rng.pick(SOURCES);
        return source ? { source } : {};
      })(),
    };
  });
}

export function writeRequestAnswers(ctx: PartnershipContext): void {
  const seed = hashString(ctx.partnership.ref);
  for (const request of ctx.out.informationRequests) {
    if (request.partnership !== ctx.partnership.ref || !ANSWERED_KINDS.has(request.kind)) continue;
    const rng = new Random(deriveSeed(seed, `answer:${request.ref}`));
    const submitted = request.returnedOn ? rng.chance(0.5) : false;
    const draft = !request.returnedOn && rng.chance(0.25);
    if (!submitted && !draft) continue;
    const subject = subjectOf(ctx, request.review);
    const sent = toDay(request.sentOn);
    const known: KnownToAgency = rng.weighted([['yes', 0.8], ['no', 0.12], ['unknown', 0.08]] as const);
    const from = sent - rng.int(90, 540);
    const to = sent - rng.int(1, 30);
    request.answer = {
      knownToAgency: known,
      ...(known === 'yes' ? { involvedFrom: iso(from), involvedTo: iso(to) } : {}),
      involvement: SUMMARIES[known](subject),
      ...(() => {
        const analysis = rng.pick(ANALYSES);
        return analysis ? { analysis } : {};
      })(),
      ...(submitted ? { submittedOn: request.returnedOn as string } : {}),
    };
    request.chronology = known === 'yes' ? chronology(ctx, rng, request, subject, from, to) : [];
    if (request.chronology.length === 0) delete request.chronology;
  }
}
