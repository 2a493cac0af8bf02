import { ActionPlansPage } from '@sli/actions-feature';
import { AnnualReportPage } from '@sli/annual-report-feature';
import { AuditsPage } from '@sli/audits-feature';
import { ObaScorecardPage } from '@sli/measures-feature';
import { OverviewPage } from '@sli/overview-feature';
import { ReviewPage, ReviewsPage } from '@sli/reviews-feature';
import { ThemesPage } from '@sli/themes-feature';
import { TrainingPage } from '@sli/training-feature';
import { createBrowserRouter } from 'react-router';
import { Layout } from './layout/layout';
import { NotFound } from './layout/not-found';

/** Routes only render features; every page reads its filters from the URL. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'reviews', element: <ReviewsPage /> },
      { path: 'reviews/:id', element: <ReviewPage /> },
      { path: 'actions', element: <ActionPlansPage /> },
      { path: 'audits', element: <AuditsPage /> },
      { path: 'training', element: <TrainingPage /> },
      { path: 'themes', element: <ThemesPage /> },
      { path: 'oba', element: <ObaScorecardPage /> },
      { path: 'annual-report', element: <AnnualReportPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
