/**
 * Every page of the dashboard with the root Query/Mutation fields it needs: a page is in the navigation,
 * and opens, only when the user's operations include all of them (the API refuses the rest anyway).
 */
export interface PageEntry {
  path: string;
  label: string;
  needs: string[];
  /** Shows the shared filter bar (partnership, year, agency, review type, theme). */
  filters: boolean;
  /**
   * Its figures are judged "as of" the filter bar's as-of date (overdue, outstanding, on time so far):
   * the filter bar offers the date and says which it is. The annual report states its own.
   */
  asOf?: boolean;
  /** In the main navigation (account pages are linked from the header instead). */
  nav: boolean;
}

export const PAGES: PageEntry[] = [
  {
    path: '/',
    label: 'Overview',
    needs: ['notificationMetrics', 'rapidReviewMetrics', 'reviewMetrics', 'actionCompletionSeries', 'trainingReach', 'trainingImpact', 'auditQuality'],
    filters: true,
    asOf: true,
    nav: true,
  },
  { path: '/reviews', label: 'Reviews', needs: ['reviews', 'notifications', 'rapidReviewMetrics'], filters: true, asOf: true, nav: true },
  {
    path: '/actions',
    label: 'Action plans',
    needs: ['actionMetrics', 'actionPlanSummary', 'overdueActions', 'actionCompletionSeries'],
    filters: true,
    asOf: true,
    nav: true,
  },
  { path: '/actions/register', label: 'Action register', needs: ['actionRegister'], filters: true, asOf: true, nav: false },
  // Recording the review journey: forms open only to those who may call their mutation (admins).
  { path: '/reviews/notifications', label: 'Notification', needs: ['notification'], filters: false, nav: false },
  { path: '/reviews/notifications/new', label: 'Record a notification', needs: ['createNotification'], filters: false, nav: false },
  { path: '/reviews/notifications/edit', label: 'Edit a notification', needs: ['updateNotification'], filters: false, nav: false },
  { path: '/reviews/new', label: 'Open a review', needs: ['createReview'], filters: false, nav: false },
  { path: '/reviews/edit', label: 'Edit a review', needs: ['updateReview'], filters: false, nav: false },
  { path: '/reviews/findings', label: 'Finding', needs: ['createFinding', 'updateFinding'], filters: false, nav: false },
  { path: '/reviews/recommendations', label: 'Recommendation', needs: ['createRecommendation', 'updateRecommendation'], filters: false, nav: false },
  { path: '/actions/new', label: 'Add an action', needs: ['createAction'], filters: false, nav: false },
  { path: '/actions/edit', label: 'Edit an action', needs: ['updateAction'], filters: false, nav: false },
  { path: '/audits', label: 'Audits', needs: ['auditQualityRounds', 'auditQualityByAudit', 'section11Grids'], filters: true, nav: true },
  { path: '/training', label: 'Training', needs: ['trainingReach', 'trainingImpact', 'trainingKirkpatrick'], filters: true, asOf: true, nav: true },
  // Recording training (admins): a course's and a session's pages read; each form needs the mutation it calls.
  { path: '/training/courses', label: 'Training course', needs: ['trainingCourse'], filters: false, nav: false },
  { path: '/training/courses/new', label: 'Add a training course', needs: ['createTrainingCourse'], filters: false, nav: false },
  { path: '/training/courses/edit', label: 'Edit a training course', needs: ['updateTrainingCourse'], filters: false, nav: false },
  { path: '/training/sessions', label: 'Training session', needs: ['trainingSession'], filters: false, nav: false },
  { path: '/training/sessions/new', label: 'Add a training session', needs: ['createTrainingSession'], filters: false, nav: false },
  { path: '/training/sessions/edit', label: 'Edit a training session', needs: ['updateTrainingSession'], filters: false, nav: false },
  { path: '/training/register/new', label: 'Add to the register', needs: ['createTrainingAttendance', 'agencies'], filters: false, nav: false },
  { path: '/training/register/edit', label: 'Change a booking', needs: ['updateTrainingAttendance', 'agencies'], filters: false, nav: false },
  { path: '/training/evaluation', label: 'Training evaluation', needs: ['recordTrainingEvaluation'], filters: false, nav: false },
  { path: '/training/follow-up', label: 'Training follow-up', needs: ['recordTrainingFollowUp'], filters: false, nav: false },
  { path: '/themes', label: 'Themes', needs: ['themeTrend', 'themeHeatmap', 'emergingThemes', 'themeCoOccurrence'], filters: true, nav: true },
  { path: '/oba', label: 'OBA scorecard', needs: ['obaScorecard'], filters: true, asOf: true, nav: true },
  { path: '/oba/measures', label: 'OBA measure', needs: ['obaMeasure'], filters: true, asOf: true, nav: false },
  { path: '/oba/measures/new', label: 'Add a measure', needs: ['createMeasure', 'builtInMetrics'], filters: false, nav: false },
  { path: '/oba/measures/edit', label: 'Change a measure', needs: ['updateMeasure', 'measure', 'builtInMetrics'], filters: false, nav: false },
  { path: '/annual-report', label: 'Annual report', needs: ['annualReport'], filters: true, nav: true },
  { path: '/admin/users', label: 'Users', needs: ['users'], filters: false, nav: true },
  { path: '/admin/agencies', label: 'Agencies', needs: ['agencies', 'createAgency', 'updateAgency'], filters: false, nav: true },
  { path: '/admin/themes', label: 'Theme list', needs: ['themes', 'createTheme', 'updateTheme'], filters: false, nav: true },
  { path: '/admin/history', label: 'Change history', needs: ['auditEvents'], filters: false, nav: true },
  // The upload is POST /api/import/spreadsheet; importSpreadsheet is its capability in the API's permission table.
  { path: '/admin/import', label: 'Import', needs: ['importSpreadsheet', 'partnerships'], filters: false, nav: true },
  { path: '/account/tokens', label: 'Your access tokens', needs: ['myTokens'], filters: false, nav: false },
];

/** Form pages under a record (`/reviews/:id/edit`, `/actions/:id/edit`, `/reviews/:id/findings/new`, `/oba/measures/:id/edit`): no filter bar. */
const FORM_PATH = /^\/(reviews|actions|oba\/measures)\/[^/]+\/(edit|findings|recommendations)(\/|$)/;

/** Training's pages under a course or session (`/training/sessions/:id/edit`, `/training/sessions/:id/register/:attendanceId/evaluation`). */
const TRAINING_FORM_PATH = /^\/training\/(?:(courses|sessions)\/[^/]+\/edit|sessions\/[^/]+\/register\/(?:new|[^/]+\/(edit|evaluation|follow-up)))$/;

/** The page entry for a path (a review's page counts as Reviews). */
export function pageFor(pathname: string): PageEntry | undefined {
  if (pathname === '/') return PAGES[0];
  const form = FORM_PATH.exec(pathname);
  if (form) return PAGES.find((p) => p.path === `/${form[1]}/${form[2]}`);
  const training = TRAINING_FORM_PATH.exec(pathname);
  if (training) return PAGES.find((p) => p.path === trainingFormEntry(training));
  return PAGES.filter((p) => p.path !== '/' && (pathname === p.path || pathname.startsWith(`${p.path}/`))).sort((a, b) => b.path.length - a.path.length)[0];
}

export function pageNeeds(path: string): string[] {
  return PAGES.find((p) => p.path === path)?.needs ?? [];
}

function trainingFormEntry([, record, registerForm]: RegExpExecArray): string {
  if (record) return `/training/${record}/edit`;
  if (!registerForm) return '/training/register/new';
  return registerForm === 'edit' ? '/training/register/edit' : `/training/${registerForm}`;
}
