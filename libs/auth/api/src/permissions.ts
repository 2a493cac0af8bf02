import type { Role } from '@sli/shared/api-core';

/**
 * THE authorisation table: every root Query and Mutation field, and who may call it. Deny by default:
 * a field missing here is refused to everyone (and a test fails). Review a change here as a change of
 * who may see or change safeguarding records, not as a test refresh.
 *
 * - `public`: anyone, signed in or not (sign-in itself, and who is signed in).
 * - `signed-in`: any signed-in user, for their own account (tokens, sign-out).
 * - a list of roles: only those. Partnership scope is applied on top, in the API (the guard checks every
 *   `partnershipId` argument) and in the database (row-level security).
 */
export type Permission = 'public' | 'signed-in' | readonly Role[];

/** Roles that read their partnership's records. */
const READ: readonly Role[] = ['admin', 'agency-lead', 'committee-member', 'board-member', 'analyst'];
/** Everyone who reads, plus national analysts (published, aggregate figures of every partnership). */
const READ_PUBLISHED: readonly Role[] = [...READ, 'national-analyst'];
const ADMIN: readonly Role[] = ['admin'];

export const PERMISSIONS: Readonly<Record<string, Permission>> = {
  // Identity and access
  viewer: 'public',
  signInOptions: 'public',
  signIn: 'public',
  signOut: 'signed-in',
  myTokens: 'signed-in',
  createToken: 'signed-in',
  revokeToken: 'signed-in',
  users: ['admin', 'system-admin'],
  createUser: ['admin', 'system-admin'],
  updateUser: ['admin', 'system-admin'],
  auditEvents: ADMIN,
  // Your own reminders (issue 13)
  myNotices: 'signed-in',
  markNoticesRead: 'signed-in',
  setReminderEmail: 'signed-in',

  // Partnerships, agencies, themes, calendar
  partnerships: [...READ_PUBLISHED, 'system-admin'],
  partnership: [...READ_PUBLISHED, 'system-admin'],
  createPartnership: ['system-admin'],
  updatePartnership: ['admin', 'system-admin'],
  agencies: [...READ, 'system-admin'],
  agency: [...READ, 'system-admin'],
  createAgency: ['admin', 'system-admin'],
  updateAgency: ['admin', 'system-admin'],
  deleteAgency: ADMIN,
  themes: READ_PUBLISHED,
  theme: READ_PUBLISHED,
  createTheme: ADMIN,
  updateTheme: ADMIN,
  deleteTheme: ADMIN,
  bankHolidays: [...READ_PUBLISHED, 'system-admin'],
  workingDaysBetween: [...READ_PUBLISHED, 'system-admin'],
  addWorkingDays: [...READ_PUBLISHED, 'system-admin'],
  addBankHoliday: ['system-admin'],

  // Referrals, notifications, reviews, information requests
  referrals: READ,
  referral: READ,
  createReferral: ADMIN,
  updateReferral: ADMIN,
  deleteReferral: ADMIN,
  notifications: READ,
  notification: READ,
  createNotification: ADMIN,
  updateNotification: ADMIN,
  deleteNotification: ADMIN,
  reviews: READ,
  review: READ,
  createReview: ADMIN,
  updateReview: ADMIN,
  deleteReview: ADMIN,
  informationRequests: READ,
  informationRequest: READ,
  createInformationRequest: ADMIN,
  updateInformationRequest: ['admin', 'agency-lead'],
  // Agencies answer in the product (issue 13): leads of the owning agency, or the business unit.
  saveInformationRequestAnswer: ['admin', 'agency-lead'],
  reviewChronology: READ,
  // The agency lead's own actions and requests.
  myWork: ['agency-lead'],
  createReviewTimescaleChange: ADMIN,
  updateReviewTimescaleChange: ADMIN,
  deleteReviewTimescaleChange: ADMIN,
  createReviewEngagement: ADMIN,
  updateReviewEngagement: ADMIN,
  deleteReviewEngagement: ADMIN,

  // Learning
  findings: READ,
  finding: READ,
  createFinding: ADMIN,
  updateFinding: ADMIN,
  deleteFinding: ADMIN,
  recommendations: READ,
  recommendation: READ,
  createRecommendation: ADMIN,
  updateRecommendation: ADMIN,
  deleteRecommendation: ADMIN,
  learningProducts: READ,
  learningProduct: READ,
  createLearningProduct: ADMIN,
  updateLearningProduct: ADMIN,
  deleteLearningProduct: ADMIN,

  // Action plans
  actions: READ,
  action: READ,
  createAction: ADMIN,
  updateAction: ADMIN,
  deleteAction: ADMIN,
  changeActionStatus: ['admin', 'agency-lead'],
  // Committee members sign off any action; the service admits anyone else only as a current member of
  // the action's group, at one of its meetings (assertMayRecordForGroup).
  signOffAction: READ,

  // Groups, meetings and committee packs (issues 10 and 13)
  groups: READ,
  group: READ,
  createGroup: ADMIN,
  updateGroup: ADMIN,
  deleteGroup: ADMIN,
  addGroupMember: ADMIN,
  updateGroupMember: ADMIN,
  removeGroupMember: ADMIN,
  meeting: READ,
  createMeeting: ADMIN,
  // Chairs and members record at their meetings: the table lets every reading role through and the
  // service admits the business unit and the group's current members only (assertMayRecordForGroup).
  updateMeeting: READ,
  deleteMeeting: ADMIN,
  recordMeetingDecision: READ,
  deleteMeetingDecision: READ,
  sendCommitteePack: ADMIN,

  // Audits
  audits: READ,
  audit: READ,
  createAudit: ADMIN,
  updateAudit: ADMIN,
  deleteAudit: ADMIN,
  auditCases: READ,
  auditCase: READ,
  createAuditCase: ADMIN,
  updateAuditCase: ADMIN,
  deleteAuditCase: ADMIN,
  assuranceTools: READ,
  assuranceTool: READ,
  auditDomains: READ,
  createAuditDomain: ADMIN,
  updateAuditDomain: ADMIN,
  reorderAuditDomains: ADMIN,
  createAssuranceTool: ADMIN,
  draftAssuranceToolVersion: ADMIN,
  updateAssuranceToolDraft: ADMIN,
  publishAssuranceTool: ADMIN,
  retireAssuranceTool: ADMIN,
  discardAssuranceToolDraft: ADMIN,
  section11Assessment: READ,
  section11Assessments: READ,
  createSection11Assessment: ADMIN,
  updateSection11Assessment: ADMIN,
  moderateSection11Assessment: ADMIN,
  deleteSection11Assessment: ADMIN,
  // Agency returns for audit rounds (issue 13): the business unit invites and sees who has returned;
  // leads of the invited agency save and submit their own agency's return (checked per record in the API).
  auditAgencyReturns: READ,
  auditAgencyReturn: READ,
  inviteAuditAgencies: ADMIN,
  reinviteAuditAgency: ADMIN,
  saveAuditAgencyReturn: ['admin', 'agency-lead'],
  myAuditReturns: ['agency-lead'],

  // Training
  trainingCourses: READ,
  trainingCourse: READ,
  createTrainingCourse: ADMIN,
  updateTrainingCourse: ADMIN,
  deleteTrainingCourse: ADMIN,
  trainingSessions: READ,
  trainingSession: READ,
  createTrainingSession: ADMIN,
  updateTrainingSession: ADMIN,
  deleteTrainingSession: ADMIN,
  trainingAttendances: READ,
  trainingAttendance: READ,
  createTrainingAttendance: ADMIN,
  updateTrainingAttendance: ADMIN,
  deleteTrainingAttendance: ADMIN,
  recordTrainingEvaluation: ADMIN,
  recordTrainingFollowUp: ADMIN,

  // OBA measures
  measures: READ,
  measure: READ,
  createMeasure: ADMIN,
  updateMeasure: ADMIN,
  setMeasureValues: ADMIN,
  removeMeasureValue: ADMIN,
  addMeasureNote: ADMIN,
  // The story behind the curve: the business unit and the partnership's analysts write it
  writeMeasureStory: ['admin', 'analyst'],
  editMeasureStory: ['admin', 'analyst'],
  deleteMeasureStory: ['admin', 'analyst'],
  // The results hierarchy (results → indicators → strategies → performance measures and actions)
  obaResults: READ,
  createObaResult: ADMIN,
  updateObaResult: ADMIN,
  deleteObaResult: ADMIN,
  createObaStrategy: ADMIN,
  updateObaStrategy: ADMIN,
  deleteObaStrategy: ADMIN,
  setObaStrategyPartners: ADMIN,
  setObaStrategyActions: ADMIN,
  setMeasurePlace: ADMIN,

  // Exchange: whole bundles in and out
  importBundle: ['admin', 'system-admin'],
  exportBundle: ['admin', 'analyst'],

  // Metrics and drill-down (exact figures of one's own partnerships)
  headlineFigures: READ,
  notificationMetrics: READ,
  notificationsBehindMetric: READ,
  rapidReviewMetrics: READ,
  rapidReviewsBehindMetric: READ,
  reviewMetrics: READ,
  reviewsBehindMetric: READ,
  actionMetrics: READ,
  actionPlanSummary: READ,
  overdueActions: READ,
  actionCompletionSeries: READ,
  actionsBehind: READ,
  actionRegister: READ,
  auditQuality: READ,
  auditQualityByAudit: READ,
  auditQualityAuditList: READ,
  auditQualityRounds: READ,
  auditCasesBehind: READ,
  auditAgencyGrades: READ,
  section11Grid: READ,
  section11Grids: READ,
  section11AssessmentsBehind: READ,
  trainingReach: READ,
  trainingImpact: READ,
  trainingKirkpatrick: READ,
  trainingSessionsBehind: READ,
  trainingAttendancesBehind: READ,
  themeTrend: READ,
  themeHeatmap: READ,
  themeCoOccurrence: READ,
  themeCoOccurrenceMatrix: READ,
  themeRecordsBehind: READ,
  themesByAgency: READ,
  emergingThemes: READ,
  obaScorecard: READ,
  obaMeasure: READ,
  builtInMetrics: READ,
  // The scorecard published for the partnership's website (the public page reads GET /api/embed/scorecards/:token)
  obaPublication: READ,
  publishObaScorecard: ADMIN,
  withdrawObaScorecard: ADMIN,
  obaScorecards: READ,
  obaRollup: READ,

  // The annual report: published figures for every reader, national analysts included
  annualReport: READ_PUBLISHED,
  annualReports: READ_PUBLISHED,
  // Its narrative: the business unit (admins) writes, the board approves; drafts are not for publication.
  annualReportNarrativeHistory: ['admin', 'board-member', 'analyst'],
  saveAnnualReportNarrative: ADMIN,
  approveAnnualReportNarrative: ['admin', 'board-member'],
};

/**
 * Capabilities that are not root fields but are decided by the same table: the dashboard reads them
 * from `viewer.operations` like any other.
 */
export const CAPABILITIES: Readonly<Record<string, readonly Role[]>> = {
  /** The annual report in exact mode (no small-number suppression): internal use only. */
  annualReportExact: ['admin', 'analyst'],
  /** Draft (not yet approved) narrative text of the annual report: those who write, approve or read exact reports. */
  annualReportNarrativeDrafts: ['admin', 'board-member', 'analyst'],
  /** Spreadsheets in (POST /api/import/spreadsheet): the business unit, who records the registers by hand too. */
  importSpreadsheet: ['admin'],
};

export function isAllowed(permission: Permission | undefined, role: Role | undefined): boolean {
  if (permission === undefined) return false;
  if (permission === 'public') return true;
  if (!role) return false;
  return permission === 'signed-in' || permission.includes(role);
}

/** operationsOf's answers: the tables are constants, so each role's list is worked out once. */
const operationsByRole = new Map<Role, readonly string[]>();

/** Every operation and capability a role may use, sorted: what `viewer.operations` lists. */
export function operationsOf(role: Role): string[] {
  let known = operationsByRole.get(role);
  if (!known) {
    const ops = Object.entries(PERMISSIONS).filter(([, p]) => p !== 'public' && isAllowed(p, role)).map(([name]) => name);
    const caps = Object.entries(CAPABILITIES).filter(([, roles]) => roles.includes(role)).map(([name]) => name);
    known = Object.freeze([...ops, ...caps].sort());
    operationsByRole.set(role, known);
  }
  // A copy: a caller may sort or extend its list without changing the next caller's.
  return [...known];
}
