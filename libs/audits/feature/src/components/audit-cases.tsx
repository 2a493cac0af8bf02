import { Link, useNavigate } from 'react-router';
import { useCan } from '@sli/shared/data-access';
import { RecordControls } from '@sli/shared/ui';
import { useAuditDomains } from '../api/audit-domains';
import { useDeleteAuditCase, type AuditCaseRecord, type AuditRecord } from '../api/audit-records';
import { GRADE_WORDS, GRADES, named } from '../labels';
import { AgencyGrades } from './agency-grades';

interface Column {
  code: string;
  name: string;
}

/**
 * The domains the cases' overall grades use, in the partnership's reading order (a domain not in
 * the list, which should not happen, last): no column for a domain nobody graded.
 */
function domainColumns(cases: readonly AuditCaseRecord[], order: readonly { code: string }[] | undefined): Column[] {
  const used = new Map<string, string>();
  for (const c of cases) for (const g of c.domainGrades) if (!g.agency) used.set(g.domain, g.domainRetired ? `${g.domainLabel} (retired)` : g.domainLabel);
  const place = new Map(order?.map((d, i) => [d.code, i]) ?? []);
  return [...used].map(([code, name]) => ({ code, name })).sort((a, b) => (place.get(a.code) ?? 1e9) - (place.get(b.code) ?? 1e9));
}

function CaseRow({ c, audit, search, columns }: { c: AuditCaseRecord; audit: AuditRecord; search: string; columns: Column[] }) {
  const can = useCan();
  const navigate = useNavigate();
  const remove = useDeleteAuditCase();
  const byDomain = new Map(c.domainGrades.filter((g) => !g.agency).map((g) => [g.domain, g.grade]));
  const agencies = [...new Set(c.domainGrades.flatMap((g) => (g.agency ? [g.agency.name] : [])))];
  return (
    <tr data-testid="audit-case">
      <td data-label="Case">{c.ref}</td>
      <td data-label="Overall grade">
        <strong>{GRADE_WORDS[c.overallGrade]}</strong>
        {c.narrative ? <p className="hint">{c.narrative}</p> : null}
        {agencies.length > 0 ? <p className="hint">Also graded per agency: {agencies.join(', ')}.</p> : null}
      </td>
      {columns.map((d) => {
        const grade = byDomain.get(d.code);
        return (
          <td key={d.code} data-label={d.name}>
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
  const domains = useAuditDomains(audit.partnershipId);
  const columns = domainColumns(cases, domains.data);
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
                  {columns.map((d) => (
                    <th key={d.code} scope="col">
                      {d.name}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">Changes</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c) => (
                  <CaseRow key={c.id} c={c} audit={audit} search={search} columns={columns} />
                ))}
              </tbody>
            </table>
          </div>
          <AgencyGrades audit={audit} />
        </>
      )}
    </section>
  );
}
