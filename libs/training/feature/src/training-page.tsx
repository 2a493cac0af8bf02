import { PageHeader } from '@sli/shared/ui';

export function TrainingPage() {
  return <PageHeader title="Training" />;
}
