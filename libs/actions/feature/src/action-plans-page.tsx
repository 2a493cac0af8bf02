import { PageHeader } from '@sli/shared/ui';

export function ActionPlansPage() {
  return <PageHeader title="Action plans" />;
}
