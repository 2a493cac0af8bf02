import { PageHeader } from '@sli/shared/ui';

export function ReviewsPage() {
  return <PageHeader title="Reviews" />;
}
