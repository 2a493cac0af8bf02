import { Link, useNavigate, useParams } from 'react-router';
import { useCan, useFilters } from '@sli/shared/data-access';
import { FlashMessage, PageHeader, QueryState, RecordControls, formatDate } from '@sli/shared/ui';
import { useAuditRecord, useDeleteAudit, type AuditRecord } from './api/audit-records';
import { AgencyReturnsTracker } from './components/agency-returns-tracker';
import { AuditCases } from './components/audit-cases';
import { Section11Returns } from './components/section11-returns';
import { AUDIT_TYPE_LABELS, gradesCases, named } from './labels';

/** One audit: what it is, then its graded cases or, for section 11, each agency's return with its moderation. */
export function AuditPage() {
  const { id = '' } = useParams();
  const { search } = useFilters();
  const query = useAuditRecord(id);
  const audit = query.data;
  const back = (
    <Link to={{ pathname: '/audits', search }} className="no-print">
      Back to audits
    </Link>
  );
  return (
    <>
      <PageHeader
        title={audit ? audit.title : 'Audit'}
        lead={audit ? `${AUDIT_TYPE_LABELS[audit.type]}, started ${formatDate(audit.startedOn)}${audit.completedOn ? `, completed ${formatDate(audit.completedOn)}` : ', in progress'}.` : undefined}
        actions={back}
      />
      <FlashMessage />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !audit} empty="There is no audit with this address, or you may not see it.">
        {audit ? (
          <>
            <AuditRecordControls audit={audit} search={search} />
            <section aria-labelledby="audit-details">
              <h2 id="audit-details">Details</h2>
              <AuditDetails audit={audit} />
            </section>
            <AgencyReturnsTracker audit={audit} />
            {gradesCases(audit.type) ? <AuditCases audit={audit} search={search} /> : <Section11Returns audit={audit} search={search} />}
          </>
        ) : null}
      </QueryState>
    </>
  );
}

function AuditRecordControls({ audit, search }: { audit: AuditRecord; search: string }) {
  const can = useCan();
  const navigate = useNavigate();
  const remove = useDeleteAudit();
  return (
    <RecordControls
      what={named('audit', audit.ref)}
      id={audit.id}
      editTo={can('updateAudit') ? { pathname: `/audits/${audit.id}/edit`, search } : null}
      remove={can('deleteAudit') ? remove : null}
      onDeleted={(ref) => navigate({ pathname: '/audits', search }, { state: { flash: `${named('Audit', ref)} deleted.` } })}
    />
  );
}

function AuditDetails({ audit }: { audit: AuditRecord }) {
  const rows: [string, string][] = [
    ['Reference', audit.ref],
    ['Type', AUDIT_TYPE_LABELS[audit.type]],
    ['Round', audit.round ?? 'Not given'],
    ['Started', formatDate(audit.startedOn)],
    ['Completed', audit.completedOn ? formatDate(audit.completedOn) : 'Not yet'],
    ['Lead agency', audit.leadAgency?.name ?? 'Not given'],
    ['Agencies taking part', audit.agencies.length ? audit.agencies.map((a) => a.name).join(', ') : 'None recorded'],
    ['Themes', audit.themes.length ? audit.themes.map((t) => t.name).join(', ') : 'None'],
    ...(audit.tool ? [['Assurance tool', `${audit.tool.name}, version ${audit.tool.version}`] as [string, string]] : []),
    ['Summary', audit.summary ?? 'Not recorded'],
  ];
  return (
    <dl className="details" data-testid="audit-details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
