import { createBrowserRouter } from 'react-router';
import { Layout } from './layout/layout';
import { NotFound } from './layout/not-found';

/**
 * Routes only render features; every page reads its filters from the URL. Each page is its own
 * chunk, loaded when first visited, so the first screen downloads only what it shows.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    HydrateFallback: () => (
      <p className="state" role="status">
        Loading…
      </p>
    ),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('@sli/overview-feature')).OverviewPage }) },
      { path: 'reviews', lazy: async () => ({ Component: (await import('@sli/reviews-feature')).ReviewsPage }) },
      { path: 'reviews/:id', lazy: async () => ({ Component: (await import('@sli/reviews-feature')).ReviewPage }) },
      { path: 'actions', lazy: async () => ({ Component: (await import('@sli/actions-feature')).ActionPlansPage }) },
      { path: 'audits', lazy: async () => ({ Component: (await import('@sli/audits-feature')).AuditsPage }) },
      { path: 'training', lazy: async () => ({ Component: (await import('@sli/training-feature')).TrainingPage }) },
      { path: 'themes', lazy: async () => ({ Component: (await import('@sli/themes-feature')).ThemesPage }) },
      { path: 'oba', lazy: async () => ({ Component: (await import('@sli/measures-feature')).ObaScorecardPage }) },
      { path: 'annual-report', lazy: async () => ({ Component: (await import('@sli/annual-report-feature')).AnnualReportPage }) },
      { path: '*', Component: NotFound },
    ],
  },
]);
