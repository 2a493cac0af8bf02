import { createBrowserRouter } from 'react-router';
import { prefetchOverview } from '@sli/overview-feature/prefetch';
import { canDo, createAppQueryClient } from '@sli/shared/data-access';
import { SignedIn, guarded, guardedHome } from './guards';
import { Layout } from './layout/layout';
import { NotFound } from './layout/not-found';
import { pageNeeds } from './pages';
import { PageError } from './layout/page-error';
import { RouteError } from './layout/route-error';

/**
 * The one QueryClient. A request refused as UNAUTHENTICATED anywhere sends the user to sign in and
 * back (see createAppQueryClient); `router` is defined below and only used after start-up.
 */
export const queryClient = createAppQueryClient((path) => void router.navigate(path, { replace: true }));

const Loading = () => (
  <p className="state" role="status">
    Loading…
  </p>
);

/**
 * Routes only render features; every page reads its filters from the URL. Each page is its own
 * chunk, loaded when first visited. Every page but sign-in needs a signed-in user, and opens only
 * when the user's operations allow what it shows. A page that fails to load or to draw shows PageError
 * inside the layout; RouteError is left for what fails outside any page (sign-in, who is signed in).
 */
export const router = createBrowserRouter([
  {
    ErrorBoundary: RouteError,
    HydrateFallback: Loading,
    children: [
      { path: 'sign-in', lazy: async () => ({ Component: (await import('@sli/auth-feature')).SignInPage }) },
      // A published scorecard, framed by the partnership's website: public, no navigation, no sign-in.
      { path: 'embed/scorecard/:token', lazy: async () => ({ Component: (await import('@sli/measures-feature')).PublishedScorecardPage }) },
      {
        element: (
          <SignedIn>
            <Layout />
          </SignedIn>
        ),
        children: [
          {
            ErrorBoundary: PageError,
            children: [
              {
                index: true,
                // The figures are asked for while the page's chunk loads (a loader runs beside `lazy`), not after it.
                loader: ({ request }) => {
                  void prefetchOverview(queryClient, new URL(request.url).search, (viewer) => canDo(viewer, ...pageNeeds('/')));
                  return null;
                },
                lazy: async () => ({ Component: guardedHome((await import('@sli/overview-feature')).OverviewPage) }),
              },
              { path: 'reviews', lazy: async () => ({ Component: guarded('/reviews', (await import('@sli/reviews-feature')).ReviewsPage) }) },
              { path: 'referrals', lazy: async () => ({ Component: guarded('/referrals', (await import('@sli/reviews-feature')).ReferralsPage) }) },
              { path: 'referrals/new', lazy: async () => ({ Component: guarded('/referrals/new', (await import('@sli/reviews-feature')).NewReferralPage) }) },
              { path: 'referrals/:id', lazy: async () => ({ Component: guarded('/referrals/view', (await import('@sli/reviews-feature')).ReferralPage) }) },
              { path: 'referrals/:id/edit', lazy: async () => ({ Component: guarded('/referrals/edit', (await import('@sli/reviews-feature')).EditReferralPage) }) },
              { path: 'reviews/:id', lazy: async () => ({ Component: guarded('/reviews', (await import('@sli/reviews-feature')).ReviewPage) }) },
              { path: 'groups', lazy: async () => ({ Component: guarded('/groups', (await import('@sli/groups-feature')).GroupsPage) }) },
              { path: 'groups/new', lazy: async () => ({ Component: guarded('/groups/new', (await import('@sli/groups-feature')).GroupFormPage) }) },
              { path: 'groups/:id', lazy: async () => ({ Component: guarded('/groups/view', (await import('@sli/groups-feature')).GroupPage) }) },
              { path: 'groups/:id/edit', lazy: async () => ({ Component: guarded('/groups/edit', (await import('@sli/groups-feature')).GroupFormPage) }) },
              { path: 'groups/:id/members/new', lazy: async () => ({ Component: guarded('/groups/members', (await import('@sli/groups-feature')).MemberFormPage) }) },
              {
                path: 'groups/:id/members/:memberId/edit',
                lazy: async () => ({ Component: guarded('/groups/members', (await import('@sli/groups-feature')).MemberFormPage) }),
              },
              { path: 'groups/:id/meetings/new', lazy: async () => ({ Component: guarded('/groups/meetings/edit', (await import('@sli/groups-feature')).MeetingFormPage) }) },
              { path: 'groups/:id/meetings/:meetingId', lazy: async () => ({ Component: guarded('/groups/meetings', (await import('@sli/groups-feature')).MeetingPage) }) },
              {
                path: 'groups/:id/meetings/:meetingId/edit',
                lazy: async () => ({ Component: guarded('/groups/meetings/edit', (await import('@sli/groups-feature')).MeetingFormPage) }),
              },
              // Recording: each form guarded by the mutation it calls.
              {
                path: 'reviews/notifications/new',
                lazy: async () => ({ Component: guarded('/reviews/notifications/new', (await import('@sli/reviews-feature')).NewNotificationPage) }),
              },
              {
                path: 'reviews/notifications/:id',
                lazy: async () => ({ Component: guarded('/reviews/notifications', (await import('@sli/reviews-feature')).NotificationPage) }),
              },
              {
                path: 'reviews/notifications/:id/edit',
                lazy: async () => ({ Component: guarded('/reviews/notifications/edit', (await import('@sli/reviews-feature')).EditNotificationPage) }),
              },
              { path: 'reviews/new', lazy: async () => ({ Component: guarded('/reviews/new', (await import('@sli/reviews-feature')).NewReviewPage) }) },
              { path: 'reviews/:id/edit', lazy: async () => ({ Component: guarded('/reviews/edit', (await import('@sli/reviews-feature')).EditReviewPage) }) },
              {
                path: 'reviews/:id/learning/new',
                lazy: async () => ({ Component: guarded('/reviews/learning', (await import('@sli/reviews-feature')).LearningProductFormPage) }),
              },
              {
                path: 'reviews/:id/learning/:productId/edit',
                lazy: async () => ({ Component: guarded('/reviews/learning', (await import('@sli/reviews-feature')).LearningProductFormPage) }),
              },
              {
                path: 'reviews/:id/findings/new',
                lazy: async () => ({ Component: guarded('/reviews/findings', (await import('@sli/reviews-feature')).FindingFormPage) }),
              },
              {
                path: 'reviews/:id/findings/:findingId/edit',
                lazy: async () => ({ Component: guarded('/reviews/findings', (await import('@sli/reviews-feature')).FindingFormPage) }),
              },
              {
                path: 'reviews/:id/recommendations/new',
                lazy: async () => ({ Component: guarded('/reviews/recommendations', (await import('@sli/reviews-feature')).RecommendationFormPage) }),
              },
              {
                path: 'reviews/:id/recommendations/:recommendationId/edit',
                lazy: async () => ({ Component: guarded('/reviews/recommendations', (await import('@sli/reviews-feature')).RecommendationFormPage) }),
              },
              {
                path: 'reviews/:id/requests/new',
                lazy: async () => ({ Component: guarded('/reviews/requests', (await import('@sli/reviews-feature')).InformationRequestFormPage) }),
              },
              {
                path: 'reviews/:id/requests/:requestId/edit',
                lazy: async () => ({ Component: guarded('/reviews/requests', (await import('@sli/reviews-feature')).InformationRequestFormPage) }),
              },
              {
                path: 'reviews/:id/requests/:requestId/answer',
                lazy: async () => ({ Component: guarded('/reviews/answers', (await import('@sli/reviews-feature')).AnswerFormPage) }),
              },
              {
                path: 'my-work',
                lazy: async () => {
                  // The audit returns the agency owes sit on the same page, from the audits feature.
                  const [{ MyWorkPage }, { MyAuditReturns }] = await Promise.all([import('@sli/reviews-feature'), import('@sli/audits-feature')]);
                  return { Component: guarded('/my-work', () => <MyWorkPage extra={<MyAuditReturns />} />) };
                },
              },
              {
                path: 'reviews/:id/engagement/new',
                lazy: async () => ({ Component: guarded('/reviews/engagement', (await import('@sli/reviews-feature')).EngagementFormPage) }),
              },
              {
                path: 'reviews/:id/engagement/:engagementId/edit',
                lazy: async () => ({ Component: guarded('/reviews/engagement', (await import('@sli/reviews-feature')).EngagementFormPage) }),
              },
              { path: 'reviews/:id/plan', lazy: async () => ({ Component: guarded('/reviews/plan', (await import('@sli/reviews-feature')).ReviewPlanFormPage) }) },
              {
                path: 'reviews/:id/timescale/new',
                lazy: async () => ({ Component: guarded('/reviews/timescale', (await import('@sli/reviews-feature')).TimescaleChangeFormPage) }),
              },
              {
                path: 'reviews/:id/timescale/:changeId/edit',
                lazy: async () => ({ Component: guarded('/reviews/timescale', (await import('@sli/reviews-feature')).TimescaleChangeFormPage) }),
              },
              { path: 'actions/new', lazy: async () => ({ Component: guarded('/actions/new', (await import('@sli/actions-feature')).NewActionPage) }) },
              { path: 'actions/:id/edit', lazy: async () => ({ Component: guarded('/actions/edit', (await import('@sli/actions-feature')).EditActionPage) }) },
              {
                path: 'actions/register',
                lazy: async () => ({ Component: guarded('/actions/register', (await import('@sli/actions-feature')).ActionRegisterPage) }),
              },
              { path: 'actions', lazy: async () => ({ Component: guarded('/actions', (await import('@sli/actions-feature')).ActionPlansPage) }) },
              { path: 'audits', lazy: async () => ({ Component: guarded('/audits', (await import('@sli/audits-feature')).AuditsPage) }) },
              { path: 'audits/new', lazy: async () => ({ Component: guarded('/audits/new', (await import('@sli/audits-feature')).NewAuditPage) }) },
              { path: 'audits/:id', lazy: async () => ({ Component: guarded('/audits/view', (await import('@sli/audits-feature')).AuditPage) }) },
              { path: 'audits/:id/edit', lazy: async () => ({ Component: guarded('/audits/edit', (await import('@sli/audits-feature')).EditAuditPage) }) },
              {
                path: 'audits/:id/cases/new',
                lazy: async () => ({ Component: guarded('/audits/cases', (await import('@sli/audits-feature')).AuditCaseFormPage) }),
              },
              {
                path: 'audits/:id/cases/:caseId/edit',
                lazy: async () => ({ Component: guarded('/audits/cases', (await import('@sli/audits-feature')).AuditCaseFormPage) }),
              },
              {
                path: 'audits/:id/assessments/new',
                lazy: async () => ({ Component: guarded('/audits/assessments', (await import('@sli/audits-feature')).Section11AssessmentFormPage) }),
              },
              {
                path: 'audits/:id/assessments/:assessmentId/edit',
                lazy: async () => ({ Component: guarded('/audits/assessments', (await import('@sli/audits-feature')).Section11AssessmentFormPage) }),
              },
              {
                path: 'audits/:id/returns/:returnId',
                lazy: async () => ({ Component: guarded('/audits/returns', (await import('@sli/audits-feature')).AgencyReturnPage) }),
              },
              {
                path: 'audits/:id/assessments/:assessmentId/moderate',
                lazy: async () => ({ Component: guarded('/audits/moderation', (await import('@sli/audits-feature')).ModerationPage) }),
              },
              { path: 'training', lazy: async () => ({ Component: guarded('/training', (await import('@sli/training-feature')).TrainingPage) }) },
              // Recording training: courses, sessions, the register, evaluations and follow-ups.
              {
                path: 'training/courses/new',
                lazy: async () => ({ Component: guarded('/training/courses/new', (await import('@sli/training-feature')).NewCoursePage) }),
              },
              {
                path: 'training/courses/:id',
                lazy: async () => ({ Component: guarded('/training/courses', (await import('@sli/training-feature')).CoursePage) }),
              },
              {
                path: 'training/courses/:id/edit',
                lazy: async () => ({ Component: guarded('/training/courses/edit', (await import('@sli/training-feature')).EditCoursePage) }),
              },
              {
                path: 'training/sessions/new',
                lazy: async () => ({ Component: guarded('/training/sessions/new', (await import('@sli/training-feature')).NewSessionPage) }),
              },
              {
                path: 'training/sessions/:id',
                lazy: async () => ({ Component: guarded('/training/sessions', (await import('@sli/training-feature')).SessionPage) }),
              },
              {
                path: 'training/sessions/:id/edit',
                lazy: async () => ({ Component: guarded('/training/sessions/edit', (await import('@sli/training-feature')).EditSessionPage) }),
              },
              {
                path: 'training/sessions/:id/register/new',
                lazy: async () => ({ Component: guarded('/training/register/new', (await import('@sli/training-feature')).BookingFormPage) }),
              },
              {
                path: 'training/sessions/:id/register/:attendanceId/edit',
                lazy: async () => ({ Component: guarded('/training/register/edit', (await import('@sli/training-feature')).BookingFormPage) }),
              },
              {
                path: 'training/sessions/:id/register/:attendanceId/evaluation',
                lazy: async () => ({ Component: guarded('/training/evaluation', (await import('@sli/training-feature')).EvaluationFormPage) }),
              },
              {
                path: 'training/sessions/:id/register/:attendanceId/follow-up',
                lazy: async () => ({ Component: guarded('/training/follow-up', (await import('@sli/training-feature')).FollowUpFormPage) }),
              },
              { path: 'themes', lazy: async () => ({ Component: guarded('/themes', (await import('@sli/themes-feature')).ThemesPage) }) },
              { path: 'oba', lazy: async () => ({ Component: guarded('/oba', (await import('@sli/measures-feature')).ObaScorecardPage) }) },
              {
                path: 'oba/measures/new',
                lazy: async () => ({ Component: guarded('/oba/measures/new', (await import('@sli/measures-feature')).MeasureFormPage) }),
              },
              {
                path: 'oba/measures/:measureId/edit',
                lazy: async () => ({ Component: guarded('/oba/measures/edit', (await import('@sli/measures-feature')).MeasureFormPage) }),
              },
              {
                path: 'oba/measures/:measureId',
                lazy: async () => ({ Component: guarded('/oba/measures', (await import('@sli/measures-feature')).ObaMeasurePage) }),
              },
              {
                path: 'annual-report',
                lazy: async () => ({ Component: guarded('/annual-report', (await import('@sli/annual-report-feature')).AnnualReportPage) }),
              },
              { path: 'admin/users', lazy: async () => ({ Component: guarded('/admin/users', (await import('@sli/admin-feature')).UsersPage) }) },
              { path: 'admin/agencies', lazy: async () => ({ Component: guarded('/admin/agencies', (await import('@sli/partnerships-feature')).AgenciesPage) }) },
              {
                path: 'admin/assurance-tools',
                lazy: async () => ({ Component: guarded('/admin/assurance-tools', (await import('@sli/audits-feature')).AssuranceToolsPage) }),
              },
              {
                path: 'admin/assurance-tools/new',
                lazy: async () => ({ Component: guarded('/admin/assurance-tools/new', (await import('@sli/audits-feature')).NewAssuranceToolPage) }),
              },
              {
                path: 'admin/assurance-tools/:toolId',
                lazy: async () => ({ Component: guarded('/admin/assurance-tools/tool', (await import('@sli/audits-feature')).AssuranceToolPage) }),
              },
              { path: 'admin/themes', lazy: async () => ({ Component: guarded('/admin/themes', (await import('@sli/themes-feature')).ThemeListPage) }) },
              {
                path: 'admin/history',
                lazy: async () => ({ Component: guarded('/admin/history', (await import('@sli/admin-feature')).ChangeHistoryPage) }),
              },
              {
                path: 'admin/import',
                lazy: async () => ({ Component: guarded('/admin/import', (await import('@sli/exchange-feature')).SpreadsheetImportPage) }),
              },
              {
                path: 'account/reminders',
                lazy: async () => ({ Component: guarded('/account/reminders', (await import('@sli/reminders-feature')).RemindersPage) }),
              },
              {
                path: 'account/tokens',
                lazy: async () => ({ Component: guarded('/account/tokens', (await import('@sli/auth-feature')).AccessTokensPage) }),
              },
              { path: '*', Component: NotFound },
            ],
          },
        ],
      },
    ],
  },
]);
