import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan, useFilters, useKeptValues, useViewer } from '@sli/shared/data-access';
import { ErrorSummary, Field, formatDate, KeptNotice, PageHeader, QueryState } from '@sli/shared/ui';
import { useAuditReturn, useSaveAuditReturn, type ReturnToFill } from '../api/agency-returns';
import { ReturnStatusBadge } from '../components/return-status-badge';
import { ReturnRows } from '../components/return-rows';
import { controlId, initialReturnValues, returnProblems, toInput, type ReturnValues, type Sent } from '../lib/return-values';

/**
 * An agency's return for an audit round: a rating and evidence per standard (a self-assessment) or a
 * narrative per case (a case audit), and a summary. Saved as a draft (seen only by the agency and the
 * business unit) or submitted, which returns it.
 */
function ReturnForm({ r }: { r: ReturnToFill }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const kept = useKeptValues(`audit-return:${r.id}`, { json: JSON.stringify(initialReturnValues(r)) });
  const values = JSON.parse(kept.values.json) as ReturnValues;
  const setValues = (next: ReturnValues) => {
    setSaved(null);
    kept.setValue('json', JSON.stringify(next));
  };
  const save = useSaveAuditReturn(r.id);
  const [sent, setSent] = useState<Sent | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const names = new Map<string, string>([...(r.audit.tool?.standards ?? []).map((s) => [s.id, s.title] as [string, string]), ...r.audit.cases.map((c) => [c.id, `Case ${c.ref}`] as [string, string])]);
  const problems = returnProblems(save.error, sent, (id) => names.get(id) ?? id);
  const submitted = Boolean(r.returnedOn);
  const back = { pathname: `/audits/${r.audit.id}`, search, hash: 'agency-returns' };

  function send(e: FormEvent, submit: boolean) {
    e.preventDefault();
    const next = toInput(r, values);
    setSent(next);
    save.mutate(
      { input: next.input, submit },
      {
        onSuccess: () =>
          submit
            ? navigate(back, { state: { flash: `${r.agency.name}'s return for ${r.audit.ref} was submitted: it is returned.` } })
            : setSaved('Draft saved. Only your agency and the business unit can see it until you submit it.'),
      },
    );
  }

  return (
    <form onSubmit={(e) => send(e, true)} noValidate className="narrow record-form">
      {kept.kept ? <KeptNotice what="the return" /> : null}
      <ErrorSummary items={problems.summary} title="The return was not saved" />
      {saved ? (
        <p className="success" role="status">
          {saved}
        </p>
      ) : null}
      <p>
        Invited on {formatDate(r.sentOn)}, due on {formatDate(r.dueOn)}. Status: <ReturnStatusBadge value={r.status} />
        {submitted && r.returnedOn ? <> Submitted on {formatDate(r.returnedOn)}; changes are submitted again.</> : null}
      </p>
      <div className="inset">
        <strong>No names.</strong> Refer to children, adults and family members by pseudonym (&ldquo;Child A&rdquo;, &ldquo;Adult B&rdquo;), never by name.
      </div>
      <ReturnRows r={r} values={values} onChange={setValues} errors={problems.byControl} />
      <Field id={controlId(null, 'summary')} label="Summary of your return" hint="What the return shows about your agency's practice, and what it will do next. Required to submit." error={problems.byControl.get(controlId(null, 'summary'))}>
        {(control) => <textarea {...control} rows={5} value={values.summary} onChange={(e) => setValues({ ...values, summary: e.target.value })} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Submitting…' : 'Submit the return'}
        </button>
        {submitted ? null : (
          <button type="button" className="secondary" disabled={save.isPending} onClick={(e) => send(e, false)}>
            Save as draft
          </button>
        )}
        <Link to={back}>Back to the audit</Link>
      </div>
    </form>
  );
}

/** A return as read by those who do not fill it in: shown once it is returned. */
function ReturnReadOnly({ r }: { r: ReturnToFill }) {
  return (
    <>
      <p>
        Invited on {formatDate(r.sentOn)}, due on {formatDate(r.dueOn)}. Status: <ReturnStatusBadge value={r.status} />
      </p>
      {r.returnedOn ? <ReturnRows r={r} values={initialReturnValues(r)} /> : <p className="state">Not returned yet: the agency&apos;s draft is its own until it submits it.</p>}
      {r.summary ? (
        <>
          <h2>Summary</h2>
          <p style={{ whiteSpace: 'pre-line' }}>{r.summary}</p>
        </>
      ) : null}
    </>
  );
}

/** `/audits/:id/returns/:returnId`: the invited agency's leads and the business unit fill it in; other readers see it once returned. */
export function AgencyReturnPage() {
  const { returnId = '' } = useParams();
  const { today } = useFilters();
  const viewer = useViewer();
  const can = useCan();
  const query = useAuditReturn(returnId, today);
  const r = query.data?.auditAgencyReturn;
  const mayFill = Boolean(r) && can('saveAuditAgencyReturn') && (!viewer.agency || viewer.agency.id === r?.agency.id);
  return (
    <>
      <PageHeader
        title={r ? `${r.agency.name}'s return for ${r.audit.ref}` : 'Agency return'}
        lead={r ? `${r.audit.title}: ${r.kind === 'SELF_ASSESSMENT' ? 'a rating and evidence for each standard of the tool' : 'a narrative on each case'}.` : undefined}
      />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !r} empty="There is no such return, or you may not see it.">
        {r ? mayFill ? <ReturnForm key={r.id} r={r} /> : <ReturnReadOnly r={r} /> : null}
      </QueryState>
    </>
  );
}
