import { PageHeader } from '@sli/shared/ui';

export function AnnualReportPage() {
  return <PageHeader title="Annual report" />;
}
