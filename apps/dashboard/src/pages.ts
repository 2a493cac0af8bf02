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
  // Recording audits: the audit's page for every reader, each form only for those who may call its mutation (admins).
  { path: '/audits/view', label: 'Audit', needs: ['audit'], filters: false, nav: false },
  { path: '/audits/new', label: 'Start an audit', needs: ['createAudit'], filters: false, nav: false },
  { path: '/audits/edit', label: 'Edit an audit', needs: ['updateAudit'], filters: false, nav: false },
  { path: '/audits/cases', label: 'Graded case', needs: ['createAuditCase', 'updateAuditCase'], filters: false, nav: false },
  { path: '/audits/assessments', label: 'Section 11 assessment', needs: ['createSection11Assessment', 'updateSection11Assessment'], filters: false, nav: false },
  { path: '/audits/moderation', label: 'Moderate a section 11 assessment', needs: ['moderateSection11Assessment'], filters: false, nav: false },
  { path: '/training', label: 'Training', needs: ['trainingReach', 'trainingImpact', 'trainingKirkpatrick'], filters: true, asOf: true, nav: true },
  { path: '/themes', label: 'Themes', needs: ['themeTrend', 'themeHeatmap', 'emergingThemes', 'themeCoOccurrence'], filters: true, nav: true },
  { path: '/oba', label: 'OBA scorecard', needs: ['obaScorecard'], filters: true, asOf: true, nav: true },
  { path: '/oba/measures', label: 'OBA measure', needs: ['obaMeasure'], filters: true, asOf: true, nav: false },
  { path: '/oba/measures/new', label: 'Add a measure', needs: ['createMeasure', 'builtInMetrics'], filters: false, nav: false },
  { path: '/oba/measures/edit', label: 'Change a measure', needs: ['updateMeasure', 'measure', 'builtInMetrics'], filters: false, nav: false },
  { path: '/annual-report', label: 'Annual report', needs: ['annualReport'], filters: true, nav: true },
  { path: '/admin/users', label: 'Users', needs: ['users'], filters: false, nav: true },
  { path: '/admin/history', label: 'Change history', needs: ['auditEvents'], filters: false, nav: true },
  { path: '/account/tokens', label: 'Your access tokens', needs: ['myTokens'], filters: false, nav: false },
];

/** Form pages under a record (`/reviews/:id/edit`, `/actions/:id/edit`, `/reviews/:id/findings/new`, `/oba/measures/:id/edit`): no filter bar. */
const FORM_PATH = /^\/(reviews|actions|oba\/measures)\/[^/]+\/(edit|findings|recommendations)(\/|$)/;

/** An audit's page (`/audits/:id`) and the forms under it (`/audits/:id/edit`, `…/cases/…`, `…/assessments/…`, `…/moderate`). */
const AUDIT_PATH = /^\/audits\/(?!new$)[^/]+(?:\/(edit|cases|assessments))?/;

/** The page entry for a path (a review's page counts as Reviews). */
export function pageFor(pathname: string): PageEntry | undefined {
  if (pathname === '/') return PAGES[0];
  const audit = AUDIT_PATH.exec(pathname);
  if (audit) return PAGES.find((p) => p.path === `/audits/${pathname.endsWith('/moderate') ? 'moderation' : (audit[1] ?? 'view')}`);
  const form = FORM_PATH.exec(pathname);
  if (form) return PAGES.find((p) => p.path === `/${form[1]}/${form[2]}`);
  return PAGES.filter((p) => p.path !== '/' && (pathname === p.path || pathname.startsWith(`${p.path}/`))).sort((a, b) => b.path.length - a.path.length)[0];
}

export function pageNeeds(path: string): string[] {
  return PAGES.find((p) => p.path === path)?.needs ?? [];
}
