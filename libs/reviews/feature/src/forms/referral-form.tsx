import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { referralProblems } from '@sli/reviews-domain';
import { todayInEngland } from '@sli/shared/domain';
import { useFilters, useKeptValues, usePartnershipChoices, type PanelResponse, type ReferralCriteria, type ReferralDecider, type ReferralDecision, type ReferralRoute } from '@sli/shared/data-access';
import { CheckAnswers, Combobox, DateInput, ErrorSummary, Field, KeptNotice, PageHeader, QueryState, Radios, formatDate, isoToKept, parseKeptDate, sentence, useCheckStep, useFieldProblems } from '@sli/shared/ui';
import { useCreateReferral, useReferralLinkChoices, useReferralRecord, useUpdateReferral, type ReferralRecordData } from '../api/referrals';
import { options } from '../lib/notification-labels';
import { CRITERIA_LABELS, DECIDER_LABELS, DECISION_LABELS, kebab, PANEL_RESPONSE_LABELS, ROUTE_LABELS, type DomainValues } from '../lib/referral-labels';
import { reviewTypeLabel } from '../lib/review-types';

const LABELS = {
  referredOn: 'Date referred',
  route: 'Who referred the case',
  referringAgencyId: 'Referring agency',
  criteria: 'Criteria considered',
  summary: 'Description of the case',
  groupRecommendation: "Review group's recommendation",
  decision: 'Decision',
  decidedBy: 'Decided by',
  decidedOn: 'Date of the decision',
  reasons: 'Reasons',
  referrerToldOn: 'Date the referrer was told',
  panelResponse: "The Panel's response",
  notificationId: 'Notification it led to',
  reviewId: 'Review it led to',
  ref: 'Reference',
};
type F = keyof typeof LABELS;

const CHILDREN = ['CHILDREN_SERIOUS_INCIDENT', 'CHILDREN_LOCAL_REVIEW'];
const withNone = (none: string, labels: Record<string, string>) => [{ value: '', label: none }, ...options(labels)];

function initial(r?: ReferralRecordData) {
  return {
    referredOn: isoToKept(r?.referredOn),
    route: (r?.route ?? '') as string,
    referringAgencyId: r?.referringAgencyId ?? '',
    criteria: (r?.criteria ?? '') as string,
    summary: r?.summary ?? '',
    groupRecommendation: (r?.groupRecommendation ?? '') as string,
    decision: (r?.decision ?? '') as string,
    reasons: r?.reasons ?? '',
    decidedBy: (r?.decidedBy ?? '') as string,
    decidedOn: isoToKept(r?.decidedOn),
    referrerToldOn: isoToKept(r?.referrerToldOn),
    panelResponse: (r?.panelResponse ?? '') as string,
    notificationId: r?.notificationId ?? '',
    reviewId: r?.reviewId ?? '',
    ref: r?.ref ?? '',
  };
}

/** Records a referral and its screening decision (then "check your answers"), or edits one. */
function ReferralForm({ partnershipId, referral }: { partnershipId: string; referral?: ReferralRecordData }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`referral:${referral?.id ?? `new:${partnershipId}`}`, initial(referral));
  const v = form.values;
  const agencies = usePartnershipChoices(partnershipId).data?.agencies ?? [];
  const links = useReferralLinkChoices(partnershipId).data ?? { notifications: [], reviews: [] };
  const create = useCreateReferral();
  const update = useUpdateReferral(referral?.id ?? '');
  const save = referral ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'referral', { local });
  const step = useCheckStep();
  const dates = {
    referredOn: parseKeptDate(v.referredOn, LABELS.referredOn),
    decidedOn: parseKeptDate(v.decidedOn, LABELS.decidedOn),
    referrerToldOn: parseKeptDate(v.referrerToldOn, LABELS.referrerToldOn),
  };
  const decided = Boolean(v.decision);
  const children = CHILDREN.includes(v.criteria);
  const agencyRoute = v.route === 'AGENCY_SAFEGUARDING_LEAD';

  /** What is sent: fields a choice hides are sent empty, so the record holds only what the form shows. */
  function input() {
    return {
      referredOn: dates.referredOn.value as string,
      route: v.route as ReferralRoute,
      referringAgencyId: agencyRoute ? v.referringAgencyId || null : null,
      criteria: v.criteria as ReferralCriteria,
      summary: v.summary.trim() || null,
      groupRecommendation: (v.groupRecommendation || null) as ReferralDecision | null,
      decision: (v.decision || null) as ReferralDecision | null,
      reasons: decided ? v.reasons.trim() || null : null,
      decidedBy: decided ? ((v.decidedBy || null) as ReferralDecider | null) : null,
      decidedOn: decided ? dates.decidedOn.value : null,
      referrerToldOn: decided ? dates.referrerToldOn.value : null,
      panelResponse: children && decided ? ((v.panelResponse || null) as PanelResponse | null) : null,
      notificationId: decided ? v.notificationId || null : null,
      reviewId: decided ? v.reviewId || null : null,
      ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
    };
  }

  /** A date's own problem ("not a real date"), then the rules the API and the importer apply, in their words. */
  function localProblems(): Partial<Record<F, string>> {
    const p: Partial<Record<F, string>> = {};
    for (const [f, d] of Object.entries(dates) as [F, { problem?: string | null }][]) if (d.problem) p[f] = d.problem;
    if (!dates.referredOn.value && !dates.referredOn.problem) p.referredOn = `Enter the ${LABELS.referredOn.toLowerCase()}`;
    if (!v.route) p.route = 'Select who referred the case';
    if (!v.criteria) p.criteria = 'Select the criteria considered';
    const i = input();
    const review = links.reviews.find((r) => r.id === i.reviewId);
    const rules = referralProblems(
      {
        ...i,
        ref: i.ref ?? 'new',
        route: kebab<DomainValues['route']>(i.route),
        criteria: kebab<DomainValues['criteria']>(i.criteria),
        decision: kebab<DomainValues['decision']>(i.decision),
        decidedBy: kebab<DomainValues['decidedBy']>(i.decidedBy),
        panelResponse: kebab<DomainValues['panelResponse']>(i.panelResponse),
      },
      todayInEngland(),
      review ? { ref: review.ref, type: kebab(review.type) as NonNullable<Parameters<typeof referralProblems>[2]>['type'] } : null,
    );
    for (const r of rules) if (r.field in LABELS) p[r.field as F] ??= sentence(LABELS[r.field as F], r.message);
    return p;
  }

  function send() {
    const onError = () => step.back();
    const done = (saved: { id: string; ref: string }, verb: string) =>
      navigate({ pathname: `/referrals/${saved.id}`, search }, { state: { flash: `Referral ${saved.ref} ${verb}.` } });
    if (referral) update.mutate(input(), { onError, onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input(), partnershipId }, { onError, onSuccess: (s) => done(s, 'recorded') });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const p = localProblems();
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (referral) send();
    else step.check();
  }

  const label = <K extends string>(labels: Record<K, string>, value: string) => (value ? labels[value as K] : '');
  if (step.checking) {
    const i = input();
    return (
      <CheckAnswers
        title="Check your answers before recording the referral"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.referredOn, field: 'referredOn', value: formatDate(i.referredOn) },
          { key: LABELS.route, field: 'route', value: label(ROUTE_LABELS, v.route) },
          ...(agencyRoute ? [{ key: LABELS.referringAgencyId, field: 'referringAgencyId', value: agencies.find((a) => a.value === i.referringAgencyId)?.label ?? '' }] : []),
          { key: LABELS.criteria, field: 'criteria', value: label(CRITERIA_LABELS, v.criteria) },
          { key: LABELS.summary, field: 'summary', value: i.summary ?? '' },
          { key: LABELS.groupRecommendation, field: 'groupRecommendation', value: label(DECISION_LABELS, v.groupRecommendation) || 'None recorded' },
          { key: LABELS.decision, field: 'decision', value: decided ? `${label(DECISION_LABELS, v.decision)} on ${formatDate(i.decidedOn ?? '')} by ${label(DECIDER_LABELS, v.decidedBy).toLowerCase()}` : 'Not decided yet' },
          ...(decided ? [{ key: LABELS.reasons, field: 'reasons', value: i.reasons ?? '' }, { key: LABELS.referrerToldOn, field: 'referrerToldOn', value: i.referrerToldOn ? formatDate(i.referrerToldOn) : 'Not yet' }] : []),
          { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when recorded' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Recording…' : 'Record the referral'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  const date = (f: 'referredOn' | 'decidedOn' | 'referrerToldOn', legend: string, hint: string) => (
    <DateInput id={problems.id(f)} legend={legend} hint={hint} error={problems.error(f)} errorParts={local[f] ? dates[f].parts : undefined} value={v[f]} onChange={(x) => form.setValue(f, x)} />
  );
  const radios = (f: F, legend: string, opts: { value: string; label: string }[], hint?: string) => (
    <Radios id={problems.id(f)} name={`referral-${f}`} legend={legend} hint={hint} error={problems.error(f)} options={opts} value={v[f]} onChange={(x) => form.setValue(f, x)} />
  );
  const select = (f: 'notificationId' | 'reviewId', choices: { id: string; text: string }[]) => (
    <Field id={problems.id(f)} label={`${LABELS[f]} (if recorded)`} error={problems.error(f)}>
      {(control) => (
        <select {...control} value={v[f]} onChange={(e) => form.setValue(f, e.target.value)}>
          <option value="">None</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the referral" /> : null}
      <ErrorSummary items={problems.summary} title={referral ? 'The referral was not saved' : 'The referral was not recorded'} />
      {date('referredOn', LABELS.referredOn, 'The day the case was referred for consideration. For example, 27 3 2025.')}
      {radios('route', LABELS.route, options(ROUTE_LABELS))}
      {agencyRoute ? (
        <Field id={problems.id('referringAgencyId')} label={LABELS.referringAgencyId} hint="Start typing the agency, then choose it from the list." error={problems.error('referringAgencyId')}>
          {(control) => <Combobox control={control} noun="agencies" options={agencies} value={v.referringAgencyId} onChange={(x) => form.setValue('referringAgencyId', x)} />}
        </Field>
      ) : null}
      {radios('criteria', LABELS.criteria, options(CRITERIA_LABELS))}
      <Field id={problems.id('summary')} label={`${LABELS.summary} (optional)`} hint="No names or details that could identify a child, adult or family: a brief description at most." error={problems.error('summary')}>
        {(control) => <textarea {...control} rows={3} value={v.summary} onChange={(e) => form.setValue('summary', e.target.value)} />}
      </Field>
      {radios('groupRecommendation', LABELS.groupRecommendation, withNone('None recorded', DECISION_LABELS))}
      {radios('decision', LABELS.decision, withNone('Not decided yet', DECISION_LABELS), 'A case considered and not notified is a decision: record it as no review, with the reasons.')}
      {decided ? (
        <>
          {radios('decidedBy', LABELS.decidedBy, options(DECIDER_LABELS))}
          {date('decidedOn', LABELS.decidedOn, 'On or after the date referred.')}
          <Field id={problems.id('reasons')} label={v.decision === 'NO_REVIEW' ? LABELS.reasons : `${LABELS.reasons} (optional)`} hint="Why, as the referrer will be told." error={problems.error('reasons')}>
            {(control) => <textarea {...control} rows={3} value={v.reasons} onChange={(e) => form.setValue('reasons', e.target.value)} />}
          </Field>
          {date('referrerToldOn', `${LABELS.referrerToldOn} (if told)`, 'On or after the decision. Leave blank if not told yet.')}
          {children ? radios('panelResponse', `${LABELS.panelResponse} (optional)`, withNone('None yet', PANEL_RESPONSE_LABELS)) : null}
          {select('notificationId', links.notifications.map((n) => ({ id: n.id, text: `${n.ref} (aware ${formatDate(n.dateAware)})` })))}
          {select('reviewId', links.reviews.map((r) => ({ id: r.id, text: `${r.ref}: ${r.title} (${reviewTypeLabel(r.type)})` })))}
        </>
      ) : null}
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {referral ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={{ pathname: referral ? `/referrals/${referral.id}` : '/referrals', search }}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/referrals/new`: record a referral for the partnership in force. */
export function NewReferralPage() {
  const { filters } = useFilters();
  return (
    <>
      <PageHeader title="Record a referral" lead="A case referred for consideration, screened against the criteria, and the decision made on it." />
      {filters.partnershipId ? <ReferralForm partnershipId={filters.partnershipId} /> : <p className="state">Choose a partnership first.</p>}
    </>
  );
}

/** `/referrals/:id/edit`. */
export function EditReferralPage() {
  const { id = '' } = useParams();
  const query = useReferralRecord(id);
  const r = query.data;
  return (
    <>
      <PageHeader title={r ? `Edit referral ${r.ref}` : 'Edit referral'} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !r} empty="There is no referral with this address, or you may not see it.">
        {r ? <ReferralForm partnershipId={r.partnershipId} referral={r} /> : null}
      </QueryState>
    </>
  );
}
