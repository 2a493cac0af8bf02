import { PageHeader } from '@sli/shared/ui';

export function ObaScorecardPage() {
  return <PageHeader title="OBA scorecard" />;
}
