import { Link } from 'react-router';
import { kindOf, kindScope, useCan, useFilters, useViewer } from '@sli/shared/data-access';
import { FlashMessage, PageHeader } from '@sli/shared/ui';
import { CaseAuditsSection, CaseAuditSummary } from './components/case-audits-section';
import { RoundsSection } from './components/rounds-section';
import { Section11Section } from './components/section11-section';

/** Audit quality: case grades round by round and their trend, and (for work with children) the section 11 grid. */
export function AuditsPage() {
  const { filters, search } = useFilters();
  const viewer = useViewer();
  const can = useCan();
  // Section 11 of the Children Act 2004 binds agencies working with children: an adults board has no such audit.
  const works = kindScope(kindOf(viewer.partnerships, filters.partnershipId));
  return (
    <>
      <PageHeader
        title="Audits"
        lead={`How multi-agency case audits graded practice${works.children ? ', whether that is improving round on round, and how agencies rate themselves against section 11' : ' and whether that is improving round on round'}.`}
        actions={
          can('createAudit') ? (
            <Link className="button no-print" to={{ pathname: '/audits/new', search }}>
              Start an audit
            </Link>
          ) : undefined
        }
      />
      <FlashMessage />
      <CaseAuditSummary />
      <RoundsSection />
      <CaseAuditsSection />
      {works.children ? <Section11Section /> : null}
    </>
  );
}
