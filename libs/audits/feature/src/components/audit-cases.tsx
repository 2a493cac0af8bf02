import { Link, useNavigate } from 'react-router';
import { useCan } from '@sli/shared/data-access';
import { RecordControls } from '@sli/shared/ui';
import { useDeleteAuditCase, type AuditCaseRecord, type AuditRecord } from '../api/audit-records';
import { DOMAIN_LABELS, GRADE_WORDS, GRADES, named } from '../labels';
import type { AuditDomain } from '@sli/shared/data-access';

const DOMAINS = Object.keys(DOMAIN_LABELS) as AuditDomain[];

function CaseRow({ c, audit, search }: { c: AuditCaseRecord; audit: AuditRecord; search: string }) {
  const can = useCan();
  const navigate = useNavigate();
  const remove = useDeleteAuditCase();
  const byDomain = new Map(c.domainGrades.map((g) => [g.domain, g.grade]));
  return (
    <tr data-testid="audit-case">
      <td data-label="Case">{c.ref}</td>
      <td data-label="Overall grade">
        <strong>{GRADE_WORDS[c.overallGrade]}</strong>
        {c.narrative ? <p className="hint">{c.narrative}</p> : null}
      </td>
      {DOMAINS.map((d) => {
        const grade = byDomain.get(d);
        return (
          <td key={d} data-label={DOMAIN_LABELS[d]}>
            {grade ? GRADE_WORDS[grade] : <span className="hint">Not graded</span>}
          </td>
        );
      })}
      <td>
        <RecordControls
          what={named('case', c.ref)}
          id={c.id}
          editTo={can('updateAuditCase') ? { pathname: `/audits/${audit.id}/cases/${c.id}/edit`, search } : null}
          remove={can('deleteAuditCase') ? remove : null}
          onDeleted={(ref) => navigate({ hash: 'audit-cases' }, { replace: true, state: { flash: `${named('Case', ref)} deleted.` } })}
        />
      </td>
    </tr>
  );
}

/** How many cases had each overall grade, best first, in words. */
function gradeCounts(cases: AuditCaseRecord[]): string {
  const counts = GRADES.map((g) => [g.label.toLowerCase(), cases.filter((c) => c.overallGrade === g.grade).length] as const).filter(([, n]) => n > 0);
  return counts.map(([label, n]) => `${n} ${label}`).join(', ');
}

/** A case audit's graded cases: the overall grade and each domain's, with Add, Edit and Delete for those who may. */
export function AuditCases({ audit, search }: { audit: AuditRecord; search: string }) {
  const can = useCan();
  const cases = audit.cases;
  return (
    <section aria-labelledby="audit-cases">
      <h2 id="audit-cases">Graded cases</h2>
      {can('createAuditCase') ? (
        <p className="no-print">
          <Link className="button secondary" to={{ pathname: `/audits/${audit.id}/cases/new`, search }}>
            Add a case
          </Link>
        </p>
      ) : null}
      {cases.length === 0 ? (
        <p className="state">No case graded yet.</p>
      ) : (
        <>
          <p data-testid="audit-cases-total">
            {cases.length} case{cases.length === 1 ? '' : 's'} graded: {gradeCounts(cases)}.
          </p>
          <div className="table-scroll">
            <table className="stackable">
              <caption className="visually-hidden">Graded cases of audit {audit.ref}, overall and by domain</caption>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Overall grade</th>
                  {DOMAINS.map((d) => (
                    <th key={d} scope="col">
                      {DOMAIN_LABELS[d]}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">Changes</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c) => (
                  <CaseRow key={c.id} c={c} audit={audit} search={search} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
