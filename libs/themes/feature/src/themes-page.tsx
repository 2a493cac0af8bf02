import { PageHeader } from '@sli/shared/ui';

export function ThemesPage() {
  return <PageHeader title="Themes" />;
}
