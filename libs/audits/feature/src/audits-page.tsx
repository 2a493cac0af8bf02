import { PageHeader } from '@sli/shared/ui';
import { CaseAuditsSection, CaseAuditSummary } from './components/case-audits-section';
import { RoundsSection } from './components/rounds-section';
import { Section11Section } from './components/section11-section';

/** Audit quality: case grades round by round and their trend, and the section 11 grid. */
export function AuditsPage() {
  return (
    <>
      <PageHeader
        title="Audits"
        lead="How multi-agency case audits graded practice, whether that is improving round on round, and how agencies rate themselves against section 11."
      />
      <CaseAuditSummary />
      <RoundsSection />
      <CaseAuditsSection />
      <Section11Section />
    </>
  );
}
