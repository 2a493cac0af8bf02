import { PageHeader } from '@sli/shared/ui';

export function ReviewPage() {
  return <PageHeader title="Review" />;
}
