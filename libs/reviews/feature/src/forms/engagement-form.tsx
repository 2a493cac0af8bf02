import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { engagementProblems, type FamilyRoleValue } from '@sli/reviews-domain';
import { todayInEngland } from '@sli/shared/domain';
import { useFilters, useKeptValues, usePartnershipChoices, type EngagementOutcome, type EngagementParty, type FamilyRole } from '@sli/shared/data-access';
import {
  CheckAnswers,
  Combobox,
  DateInput,
  ErrorSummary,
  Field,
  KeptNotice,
  PageHeader,
  QueryState,
  Radios,
  formatDate,
  isoToKept,
  parseKeptDate,
  sentence,
  useCheckStep,
  useFieldProblems,
} from '@sli/shared/ui';
import { useReviewDetail, type ReviewDetail } from '../api/review-detail';
import { useCreateEngagement, useUpdateEngagement } from '../api/engagement-records';
import { ENGAGEMENT_OUTCOMES, FAMILY_ROLES } from '../lib/review-plan-words';

type Engagement = ReviewDetail['engagements'][number];

const LABELS = {
  party: 'Who',
  familyRole: 'Family member',
  agencyId: "Practitioner's agency",
  engagedOn: 'Date',
  outcome: 'Outcome',
};
type F = keyof typeof LABELS;

/** Adds an entry to a review's engagement log (then "check your answers"), or corrects one. */
function EngagementForm({ review, engagement }: { review: ReviewDetail; engagement?: Engagement }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const choices = usePartnershipChoices(review.partnershipId).data;
  const form = useKeptValues(`engagement:${engagement?.id ?? `new:${review.id}`}`, {
    party: (engagement?.party ?? '') as string,
    familyRole: (engagement?.familyRole ?? '') as string,
    agencyId: engagement?.agency?.id ?? '',
    engagedOn: isoToKept(engagement?.engagedOn),
    outcome: (engagement?.outcome ?? '') as string,
  });
  const v = form.values;
  const create = useCreateEngagement();
  const update = useUpdateEngagement(engagement?.id ?? '');
  const save = engagement ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'engagement', { local });
  const step = useCheckStep();
  const back = { pathname: `/reviews/${review.id}`, search, hash: 'review-engagement' };
  const engagedOn = parseKeptDate(v.engagedOn, LABELS.engagedOn);
  const party = (v.party || null) as EngagementParty | null;
  const familyRole = party === 'FAMILY' ? ((v.familyRole || null) as FamilyRole | null) : null;
  const agencyId = party === 'PRACTITIONER' ? v.agencyId || null : null;
  const outcome = (v.outcome || null) as EngagementOutcome | null;
  const agencyName = choices?.agencies.find((a) => a.value === agencyId)?.label ?? '';

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!party) p.party = 'Select a family member or a practitioner';
    if (engagedOn.problem) p.engagedOn = engagedOn.problem;
    else if (!engagedOn.value) p.engagedOn = 'Enter the date';
    if (!outcome) p.outcome = 'Select the outcome';
    if (party && engagedOn.value) {
      // The API's and the importer's own rule, so the words beside the field are theirs.
      const rules = engagementProblems(
        { engagedOn: engagedOn.value, party: party === 'FAMILY' ? 'family' : 'practitioner', familyRole: familyRole ? (familyRole.toLowerCase().replace(/_/g, '-') as FamilyRoleValue) : null, agencyId },
        review,
        todayInEngland(),
      );
      for (const r of rules) p[r.field as F] ??= sentence(LABELS[r.field as F], r.message);
    }
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (engagement) send();
    else step.check();
  }

  function send() {
    if (!party || !outcome || !engagedOn.value) return;
    const input = { party, familyRole, agencyId, engagedOn: engagedOn.value, outcome };
    const done = (s: { ref: string }, verb: string) => navigate(back, { state: { flash: `Engagement ${s.ref} ${verb}.` } });
    if (engagement) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input, reviewId: review.id }, { onError: step.back, onSuccess: (s) => done(s, 'recorded') });
  }

  if (step.checking && party && outcome) {
    return (
      <CheckAnswers
        title="Check your answers before recording the engagement"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.party, field: 'party', value: party === 'FAMILY' ? `Family member: ${familyRole ? FAMILY_ROLES[familyRole] : ''}` : `Practitioner, ${agencyName}` },
          { key: LABELS.engagedOn, field: 'engagedOn', value: formatDate(engagedOn.value) },
          { key: LABELS.outcome, field: 'outcome', value: ENGAGEMENT_OUTCOMES[outcome] },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Recording…' : 'Record the engagement'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the engagement" /> : null}
      <ErrorSummary items={problems.summary} title={engagement ? 'The engagement was not saved' : 'The engagement was not recorded'} />
      <Radios
        id={problems.id('party')}
        name="engagement-party"
        legend={LABELS.party}
        error={problems.error('party')}
        options={[
          { value: 'FAMILY', label: 'A family member', hint: 'By their role only: never a name.' },
          { value: 'PRACTITIONER', label: 'A practitioner', hint: 'By their agency.' },
        ]}
        value={v.party}
        onChange={(x) => form.setValue('party', x)}
      />
      {party === 'FAMILY' ? (
        <Radios
          id={problems.id('familyRole')}
          name="engagement-family-role"
          legend={LABELS.familyRole}
          error={problems.error('familyRole')}
          options={Object.entries(FAMILY_ROLES).map(([value, label]) => ({ value, label }))}
          value={v.familyRole}
          onChange={(x) => form.setValue('familyRole', x)}
        />
      ) : null}
      {party === 'PRACTITIONER' ? (
        <Field id={problems.id('agencyId')} label={LABELS.agencyId} hint="Start typing the agency, then choose it from the list." error={problems.error('agencyId')}>
          {(control) => <Combobox control={control} noun="agencies" options={choices?.agencies ?? []} value={v.agencyId} onChange={(x) => form.setValue('agencyId', x)} />}
        </Field>
      ) : null}
      <DateInput
        id={problems.id('engagedOn')}
        legend={LABELS.engagedOn}
        hint="The day they were offered a part, or took part or declined. For example 3 3 2026."
        error={problems.error('engagedOn')}
        errorParts={local.engagedOn ? engagedOn.parts : undefined}
        value={v.engagedOn}
        onChange={(x) => form.setValue('engagedOn', x)}
      />
      <Radios
        id={problems.id('outcome')}
        name="engagement-outcome"
        legend={LABELS.outcome}
        error={problems.error('outcome')}
        options={Object.entries(ENGAGEMENT_OUTCOMES).map(([value, label]) => ({ value, label }))}
        value={v.outcome}
        onChange={(x) => form.setValue('outcome', x)}
      />
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {engagement ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/reviews/:id/engagement/new` and `/reviews/:id/engagement/:engagementId/edit`. */
export function EngagementFormPage() {
  const { id = '', engagementId } = useParams();
  const { asOf } = useFilters();
  const query = useReviewDetail(id, asOf);
  const review = query.data?.review;
  const engagement = engagementId ? review?.engagements.find((e) => e.id === engagementId) : undefined;
  const missing = !query.isLoading && (!review || (engagementId && !engagement));
  return (
    <>
      <PageHeader title={engagement ? `Edit engagement ${engagement.ref}` : 'Record family or practitioner engagement'} lead={review ? `In ${review.ref}: ${review.title}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such review or engagement, or you may not see it.">
        {review && (!engagementId || engagement) ? <EngagementForm review={review} engagement={engagement} /> : null}
      </QueryState>
    </>
  );
}
