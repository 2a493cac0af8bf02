import { QueryState } from '@sli/shared/ui';
import { useAuditAgencyGrades, type AgencyDomainGrades } from '../api/audit-domains';
import type { AuditRecord } from '../api/audit-records';

/** "2 of 3 good or better": of the cases the agency was graded on in the domain. */
function cell(r: AgencyDomainGrades | undefined): string {
  if (!r || r.distribution.total === 0) return 'Not graded';
  const { numerator, denominator } = r.distribution.goodOrBetter;
  return `${numerator} of ${denominator} good or better`;
}

/** One table: agencies down, the domains they were graded in across, in the API's order (reading order). */
function AgencyTable({ rows, caption, testId }: { rows: readonly AgencyDomainGrades[]; caption: string; testId: string }) {
  const agencies = [...new Map(rows.map((r) => [r.agencyId, r.agencyName])).entries()];
  const domains: { code: string; label: string }[] = [];
  for (const r of rows) if (!domains.some((d) => d.code === r.domain)) domains.push({ code: r.domain, label: r.label });
  return (
    <div className="table-scroll">
      <table className="stackable" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Agency</th>
            {domains.map((d) => (
              <th key={d.code} scope="col">
                {d.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {agencies.map(([id, name]) => (
            <tr key={id}>
              <th scope="row">{name}</th>
              {domains.map((d) => (
                <td key={d.code} data-label={d.label}>
                  {cell(rows.find((r) => r.agencyId === id && r.domain === d.code))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Each agency's own grades by domain (issue 10): over this audit's cases and, when the audit belongs
 * to a round, over the round's. Counts of the cases each agency was graded on, not the overall grades.
 */
export function AgencyGrades({ audit }: { audit: AuditRecord }) {
  const own = useAuditAgencyGrades(audit.partnershipId, { auditId: audit.id });
  const round = useAuditAgencyGrades(audit.partnershipId, { round: audit.round ?? undefined });
  // The round's table only when it adds something: a round of this one audit would repeat it.
  const showRound = Boolean(audit.round) && (round.data?.length ?? 0) > 0 && JSON.stringify(round.data) !== JSON.stringify(own.data);
  return (
    <section aria-labelledby="agency-grades">
      <h3 id="agency-grades">Grades by agency</h3>
      <QueryState isLoading={own.isLoading} error={own.error} isEmpty={own.data?.length === 0} empty="No agency was graded on its own part in this audit's cases.">
        <AgencyTable rows={own.data ?? []} caption={`Each agency's grades by domain in this audit (cases good or better of those it was graded on)`} testId="agency-grades-audit" />
      </QueryState>
      {showRound && audit.round ? (
        <AgencyTable rows={round.data ?? []} caption={`The same for round ${audit.round} (every audit of the round)`} testId="agency-grades-round" />
      ) : null}
    </section>
  );
}
