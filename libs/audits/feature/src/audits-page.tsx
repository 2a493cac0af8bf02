import { PageHeader } from '@sli/shared/ui';

export function AuditsPage() {
  return <PageHeader title="Audits" />;
}
