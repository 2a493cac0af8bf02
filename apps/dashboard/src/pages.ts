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
  // Agency leads: what their agency owes, with links to answer each request.
  { path: '/my-work', label: 'My actions and requests', needs: ['myWork', 'myAuditReturns'], filters: false, nav: true },
  { path: '/reviews', label: 'Reviews', needs: ['reviews', 'notifications', 'rapidReviewMetrics'], filters: true, asOf: true, nav: true },
  { path: '/referrals', label: 'Referrals', needs: ['referrals'], filters: true, nav: true },
  // A referral's page for every reader; its forms only for those who may call their mutation (admins).
  { path: '/referrals/view', label: 'Referral', needs: ['referral'], filters: false, nav: false },
  { path: '/referrals/new', label: 'Record a referral', needs: ['createReferral'], filters: false, nav: false },
  { path: '/referrals/edit', label: 'Edit a referral', needs: ['updateReferral'], filters: false, nav: false },
  {
    path: '/actions',
    label: 'Action plans',
    needs: ['actionMetrics', 'actionPlanSummary', 'overdueActions', 'actionCompletionSeries'],
    filters: true,
    asOf: true,
    nav: true,
  },
  // Groups and meetings: every reader sees them and the committee pack; the forms are the admins'.
  { path: '/groups', label: 'Groups and meetings', needs: ['groups'], filters: false, nav: true },
  { path: '/groups/view', label: 'Group', needs: ['group'], filters: false, nav: false },
  { path: '/groups/new', label: 'Add a group', needs: ['createGroup'], filters: false, nav: false },
  { path: '/groups/edit', label: 'Edit a group', needs: ['updateGroup'], filters: false, nav: false },
  { path: '/groups/members', label: 'Group member', needs: ['addGroupMember', 'updateGroupMember', 'users'], filters: false, nav: false },
  { path: '/groups/meetings', label: 'Meeting and committee pack', needs: ['meeting'], filters: false, nav: false },
  { path: '/groups/meetings/edit', label: 'Meeting', needs: ['createMeeting', 'updateMeeting'], filters: false, nav: false },
  { path: '/actions/register', label: 'Action register', needs: ['actionRegister'], filters: true, asOf: true, nav: false },
  // Recording the review journey: forms open only to those who may call their mutation (admins).
  { path: '/reviews/notifications', label: 'Notification', needs: ['notification'], filters: false, nav: false },
  { path: '/reviews/notifications/new', label: 'Record a notification', needs: ['createNotification'], filters: false, nav: false },
  { path: '/reviews/notifications/edit', label: 'Edit a notification', needs: ['updateNotification'], filters: false, nav: false },
  { path: '/reviews/new', label: 'Open a review', needs: ['createReview'], filters: false, nav: false },
  { path: '/reviews/edit', label: 'Edit a review', needs: ['updateReview'], filters: false, nav: false },
  { path: '/reviews/findings', label: 'Finding', needs: ['createFinding', 'updateFinding'], filters: false, nav: false },
  { path: '/reviews/learning', label: 'Learning shared', needs: ['createLearningProduct', 'updateLearningProduct'], filters: false, nav: false },
  { path: '/reviews/recommendations', label: 'Recommendation', needs: ['createRecommendation', 'updateRecommendation'], filters: false, nav: false },
  { path: '/reviews/engagement', label: 'Engagement', needs: ['createReviewEngagement', 'updateReviewEngagement'], filters: false, nav: false },
  // Asking is the business unit's; an agency lead opens the same pages to record its agency's return.
  { path: '/reviews/requests', label: 'Information request', needs: ['updateInformationRequest', 'agencies'], filters: false, nav: false },
  { path: '/reviews/answers', label: 'Answer an information request', needs: ['saveInformationRequestAnswer', 'agencies'], filters: false, nav: false },
  { path: '/reviews/plan', label: 'Reviewer, method and publication', needs: ['updateReview'], filters: false, nav: false },
  { path: '/reviews/timescale', label: 'Pause or extension', needs: ['createReviewTimescaleChange', 'updateReviewTimescaleChange'], filters: false, nav: false },
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
  // An agency's return for an audit round: its leads and the business unit fill it in; other readers see it once returned.
  { path: '/audits/returns', label: 'Agency return', needs: ['auditAgencyReturn'], filters: false, nav: false },
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
  { path: '/admin/assurance-tools', label: 'Assurance tools', needs: ['assuranceTools'], filters: false, nav: true },
  { path: '/admin/assurance-tools/tool', label: 'Assurance tool', needs: ['assuranceTool'], filters: false, nav: false },
  { path: '/admin/assurance-tools/new', label: 'New assurance tool', needs: ['createAssuranceTool'], filters: false, nav: false },
  { path: '/admin/history', label: 'Change history', needs: ['auditEvents'], filters: false, nav: true },
  // The upload is POST /api/import/spreadsheet; importSpreadsheet is its capability in the API's permission table.
  { path: '/admin/import', label: 'Import', needs: ['importSpreadsheet', 'partnerships'], filters: false, nav: true },
  { path: '/account/tokens', label: 'Your access tokens', needs: ['myTokens'], filters: false, nav: false },
  { path: '/account/reminders', label: 'Your reminders', needs: ['myNotices', 'setReminderEmail'], filters: false, nav: false },
];

/**
 * Pages whose address holds a record's id, each mapped to its entry above (a form has no filter bar):
 * `/reviews/:id/edit`, `/reviews/:id/findings/new`, `/actions/:id/edit`, `/oba/measures/:id/edit`,
 * an audit's page and its forms, training's course, session and register forms, a referral's page and edit form.
 */
const RECORD_PAGES: { pattern: RegExp; entry: (m: RegExpExecArray, pathname: string) => string }[] = [
  { pattern: /^\/referrals\/(?!new$)[^/]+(?:\/(edit))?$/, entry: (m) => `/referrals/${m[1] ?? 'view'}` },
  {
    pattern: /^\/groups\/(?!new$)[^/]+(?:\/(edit|members|meetings)(?:\/(new|[^/]+)(?:\/(edit))?)?)?$/,
    entry: ([, part, sub, edit]) => {
      if (!part) return '/groups/view';
      if (part === 'edit' || part === 'members') return `/groups/${part}`;
      return sub === 'new' || edit ? '/groups/meetings/edit' : '/groups/meetings';
    },
  },
  { pattern: /^\/(reviews|actions|oba\/measures)\/[^/]+\/(edit|findings|recommendations|learning|timescale|plan|engagement|requests)(\/|$)/, entry: (m, pathname) => (pathname.endsWith('/answer') ? '/reviews/answers' : `/${m[1]}/${m[2]}`) },
  {
    pattern: /^\/audits\/(?!new$)[^/]+(?:\/(edit|cases|assessments|returns))?/,
    entry: (m, pathname) => `/audits/${pathname.endsWith('/moderate') ? 'moderation' : (m[1] ?? 'view')}`,
  },
  {
    pattern: /^\/training\/(?:(courses|sessions)\/[^/]+\/edit|sessions\/[^/]+\/register\/(?:new|[^/]+\/(edit|evaluation|follow-up)))$/,
    entry: ([, record, registerForm]) => {
      if (record) return `/training/${record}/edit`;
      if (!registerForm) return '/training/register/new';
      return registerForm === 'edit' ? '/training/register/edit' : `/training/${registerForm}`;
    },
  },
];

/** The page entry for a path (a review's page counts as Reviews). */
export function pageFor(pathname: string): PageEntry | undefined {
  if (pathname === '/') return PAGES[0];
  for (const { pattern, entry } of RECORD_PAGES) {
    const m = pattern.exec(pathname);
    if (m) return PAGES.find((p) => p.path === entry(m, pathname));
  }
  return PAGES.filter((p) => p.path !== '/' && (pathname === p.path || pathname.startsWith(`${p.path}/`))).sort((a, b) => b.path.length - a.path.length)[0];
}

export function pageNeeds(path: string): string[] {
  return PAGES.find((p) => p.path === path)?.needs ?? [];
}

