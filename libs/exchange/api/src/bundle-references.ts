import { BUNDLE_SECTIONS, type Bundle } from '@sli/exchange-domain';

export type Section = (typeof BUNDLE_SECTIONS)[number];
/** Sections whose records belong to a partnership (every one but `partnerships`). */
export type OwnedSection = Exclude<Section, 'partnerships'>;
/** Sections other records point at. */
export type TargetSection =
  | 'agencies'
  | 'themes'
  | 'notifications'
  | 'reviews'
  | 'audits'
  | 'findings'
  | 'recommendations'
  | 'actions'
  | 'trainingCourses'
  | 'trainingSessions'
  | 'obaResults'
  | 'obaStrategies'
  | 'measures';

/** A field of one section holding the ref (or, for themes, the code) of a record of another, in the same partnership. */
export interface Reference {
  section: OwnedSection;
  field: string;
  target: TargetSection;
  many?: true;
  /** The field is a list of nested records and this is their reference field, e.g. domainGrades[].agency. */
  item?: string;
}

export const REFERENCES: readonly Reference[] = [
  { section: 'notifications', field: 'themes', target: 'themes', many: true },
  { section: 'reviews', field: 'notification', target: 'notifications' },
  { section: 'reviews', field: 'sourceReview', target: 'reviews' },
  { section: 'reviews', field: 'agencies', target: 'agencies', many: true },
  { section: 'reviews', field: 'themes', target: 'themes', many: true },
  { section: 'informationRequests', field: 'review', target: 'reviews' },
  { section: 'informationRequests', field: 'agency', target: 'agencies' },
  { section: 'referrals', field: 'referringAgency', target: 'agencies' },
  { section: 'referrals', field: 'notification', target: 'notifications' },
  { section: 'referrals', field: 'review', target: 'reviews' },
  { section: 'reviewEngagements', field: 'review', target: 'reviews' },
  { section: 'reviewEngagements', field: 'agency', target: 'agencies' },
  { section: 'audits', field: 'leadAgency', target: 'agencies' },
  { section: 'audits', field: 'agencies', target: 'agencies', many: true },
  { section: 'audits', field: 'themes', target: 'themes', many: true },
  { section: 'auditCases', field: 'audit', target: 'audits' },
  { section: 'auditCases', field: 'domainGrades', target: 'agencies', many: true, item: 'agency' },
  { section: 'section11Assessments', field: 'audit', target: 'audits' },
  { section: 'section11Assessments', field: 'agency', target: 'agencies' },
  { section: 'findings', field: 'review', target: 'reviews' },
  { section: 'findings', field: 'audit', target: 'audits' },
  { section: 'findings', field: 'themes', target: 'themes', many: true },
  { section: 'recommendations', field: 'review', target: 'reviews' },
  { section: 'recommendations', field: 'audit', target: 'audits' },
  { section: 'recommendations', field: 'finding', target: 'findings' },
  { section: 'actions', field: 'review', target: 'reviews' },
  { section: 'actions', field: 'audit', target: 'audits' },
  { section: 'actions', field: 'recommendation', target: 'recommendations' },
  { section: 'actions', field: 'ownerAgency', target: 'agencies' },
  { section: 'actions', field: 'themes', target: 'themes', many: true },
  { section: 'actions', field: 'impactAudit', target: 'audits' },
  { section: 'actions', field: 'impactMeasure', target: 'measures' },
  { section: 'trainingCourses', field: 'themes', target: 'themes', many: true },
  { section: 'trainingSessions', field: 'course', target: 'trainingCourses' },
  { section: 'attendances', field: 'session', target: 'trainingSessions' },
  { section: 'attendances', field: 'agency', target: 'agencies' },
  { section: 'learningProducts', field: 'reviews', target: 'reviews', many: true },
  { section: 'learningProducts', field: 'themes', target: 'themes', many: true },
  { section: 'obaStrategies', field: 'result', target: 'obaResults' },
  { section: 'obaStrategies', field: 'partners', target: 'agencies', many: true },
  { section: 'obaStrategies', field: 'actions', target: 'actions', many: true },
  { section: 'measures', field: 'agency', target: 'agencies' },
  { section: 'measures', field: 'result', target: 'obaResults' },
  { section: 'measures', field: 'strategy', target: 'obaStrategies' },
];

/** What a message calls a record of each target section. */
export const LABELS: Record<TargetSection, string> = {
  agencies: 'agency',
  themes: 'theme',
  notifications: 'notification',
  reviews: 'review',
  audits: 'audit',
  findings: 'finding',
  recommendations: 'recommendation',
  actions: 'action',
  trainingCourses: 'course',
  trainingSessions: 'session',
  obaResults: 'result',
  obaStrategies: 'strategy',
  measures: 'measure',
};

/** The table behind each section. */
export const TABLES: Record<Section, string> = {
  partnerships: 'partnerships',
  agencies: 'agencies',
  themes: 'themes',
  notifications: 'notifications',
  reviews: 'reviews',
  informationRequests: 'information_requests',
  referrals: 'referrals',
  reviewEngagements: 'review_engagements',
  audits: 'audits',
  auditCases: 'audit_cases',
  section11Assessments: 'section11_assessments',
  findings: 'findings',
  recommendations: 'recommendations',
  actions: 'actions',
  trainingCourses: 'training_courses',
  trainingSessions: 'training_sessions',
  attendances: 'training_attendances',
  learningProducts: 'learning_products',
  obaResults: 'oba_results',
  obaStrategies: 'oba_strategies',
  measures: 'measures',
};

/** A bundle record seen generically: its fields by name. */
export type AnyRecord = Record<string, unknown>;

export function recordsOf(bundle: Bundle, section: Section): AnyRecord[] {
  return (bundle[section] ?? []) as unknown as AnyRecord[];
}

/** How a record is matched: themes by code, everything else by ref. */
export const keyField = (section: Section) => (section === 'themes' ? 'code' : 'ref');

/** The values a reference field holds: none, one, or a list (for nested records, '' where one names nothing). */
export function referencedValues(record: AnyRecord, ref: Reference): string[] {
  const value = record[ref.field];
  if (value === undefined || value === null) return [];
  if (ref.item) return (value as AnyRecord[]).map((v) => (v?.[ref.item as string] as string | null | undefined) ?? '');
  return ref.many ? (value as string[]) : [value as string];
}

/** A map key for (partnership, ref); refs and partnership refs are printable ASCII, so a newline cannot clash. */
export const pairKey = (partnership: string, key: string) => `${partnership}\n${key}`;

export function countRecords(bundle: Bundle): number {
  return BUNDLE_SECTIONS.reduce((n, s) => n + recordsOf(bundle, s).length, 0);
}
