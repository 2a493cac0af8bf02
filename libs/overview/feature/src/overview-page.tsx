import { PageHeader } from '@sli/shared/ui';

export function OverviewPage() {
  return <PageHeader title="Overview" />;
}
