import { BUNDLE_SECTIONS, type Bundle, type NotificationRecord, type ReviewRecord, type TrainingSessionRecord } from '@sli/exchange-domain';
import type { RapidReviewSent, ReviewNotification, ReviewTypeValue } from '@sli/reviews-domain';
import type { FieldProblem } from '@sli/shared/api-core';
import { outsidePartnershipMessage, todayInEngland } from '@sli/shared/domain';
import {
  keyField,
  LABELS,
  pairKey,
  recordsOf,
  referencedValues,
  REFERENCES,
  type AnyRecord,
  type Section,
  type TargetSection,
} from './bundle-references';
import { recordRuleProblems, type RuleContext } from './record-rules';

/*
 * The checks a schema cannot express, run after it passed: refs unique, every reference resolving
 * within its partnership (in the bundle or already in the database), and the cross-field rules the
 * database enforces, so the user sees the record and field at fault rather than a constraint name.
 */

/** Fields whose combination the database keeps unique within a section (besides the ref). */
const UNIQUE_TOGETHER: Partial<Record<Section, readonly string[]>> = {
  section11Assessments: ['audit', 'agency', 'standard'],
};

/** What the database already holds that the bundle refers to. */
export interface DatabaseState {
  /** Refs of the bundle's partnerships that already exist. */
  partnerships: ReadonlySet<string>;
  /** pairKey(partnership, ref or code) of existing records the bundle points at, per section. */
  records: ReadonlyMap<TargetSection, ReadonlySet<string>>;
  /** The default theme codes (theme_catalogue) a new partnership is given. */
  defaultThemes: ReadonlySet<string>;
  /** What the record rules read of records outside the bundle, by pairKey(partnership, ref). */
  facts?: DatabaseFacts;
}

export interface DatabaseFacts {
  /** Notifications the bundle's reviews point at. */
  notifications: ReadonlyMap<string, ReviewNotification>;
  /** Dates of the sessions the bundle's attendances point at. */
  sessionDates: ReadonlyMap<string, string>;
  /** Initiation dates of the reviews the bundle's records point at. */
  reviewInitiations: ReadonlyMap<string, string>;
  /** Rapid reviews sent to the Panel, by their notification, for the bundle's notifications. */
  rapidReviews: ReadonlyMap<string, readonly RapidReviewSent[]>;
  /** Types of the reviews the bundle's records point at (a referral's review). */
  reviewTypes?: ReadonlyMap<string, ReviewTypeValue>;
}

/** What to look up in the database before checking. */
export interface Lookups {
  partnerships: string[];
  /** (partnership, ref or code) pairs per section, for partnerships that exist or may exist. */
  records: Map<TargetSection, [partnership: string, key: string][]>;
}

/** Per section, pairKey(partnership, ref) → the index of the first record with it. */
type BundleIndex = Record<Section, Map<string, number>>;

function indexBundle(bundle: Bundle): BundleIndex {
  const entries = BUNDLE_SECTIONS.map((section) => {
    const keys = new Map<string, number>();
    recordsOf(bundle, section).forEach((r, i) => {
      // A record the schema refused still counts as present if it names itself, so others' references to it resolve.
      if (!hasIdentity(section, r)) return;
      const key = identity(section, r);
      if (!keys.has(key)) keys.set(key, i);
    });
    return [section, keys] as const;
  });
  return Object.fromEntries(entries) as BundleIndex;
}

function hasIdentity(section: Section, r: unknown): r is AnyRecord {
  if (typeof r !== 'object' || r === null) return false;
  const record = r as AnyRecord;
  return typeof record[keyField(section)] === 'string' && (section === 'partnerships' || typeof record['partnership'] === 'string');
}

/** Records the schema refused, as `section[i]`: the semantic checks skip them. */
export type Refused = ReadonlySet<string>;

const identity = (section: Section, r: AnyRecord) =>
  section === 'partnerships' ? String(r['ref']) : pairKey(String(r['partnership']), String(r[keyField(section)]));

/** The partnerships and references the bundle does not hold itself. */
export function outsideReferences(bundle: Bundle, refused: Refused = new Set()): Lookups {
  const index = indexBundle(bundle);
  const partnerships = new Set<string>();
  for (const section of BUNDLE_SECTIONS) {
    recordsOf(bundle, section).forEach((r, i) => {
      if (refused.has(`${section}[${i}]`) || !hasIdentity(section, r)) return;
      partnerships.add(String(section === 'partnerships' ? r['ref'] : r['partnership']));
    });
  }
  const records = new Map<TargetSection, Map<string, [string, string]>>();
  for (const ref of REFERENCES) {
    const inBundle = index[ref.target];
    for (const [i, r] of recordsOf(bundle, ref.section).entries()) {
      if (refused.has(`${ref.section}[${i}]`)) continue;
      const partnership = String(r['partnership']);
      for (const value of referencedValues(r, ref)) {
        if (!value) continue;
        const key = pairKey(partnership, value);
        if (inBundle.has(key)) continue;
        let wanted = records.get(ref.target);
        if (!wanted) records.set(ref.target, (wanted = new Map()));
        wanted.set(key, [partnership, value]);
      }
    }
  }
  return {
    partnerships: [...partnerships],
    records: new Map([...records].map(([section, pairs]) => [section, [...pairs.values()]])),
  };
}

/** Every problem in the bundle, in bundle order; empty when it can be written. */
export function bundleProblems(bundle: Bundle, db: DatabaseState, refused: Refused = new Set(), today = todayInEngland()): FieldProblem[] {
  const index = indexBundle(bundle);
  const context = ruleContext(bundle, index, db, refused, today);
  const problems: FieldProblem[] = [];
  const bundlePartnerships = index.partnerships;
  const partnershipExists = (ref: string) => bundlePartnerships.has(ref) || db.partnerships.has(ref);

  for (const section of BUNDLE_SECTIONS) {
    const seen = index[section];
    const key = keyField(section);
    const together = UNIQUE_TOGETHER[section];
    const firstWith = new Map<string, number>();
    recordsOf(bundle, section).forEach((r, i) => {
      const path = `${section}[${i}]`;
      if (refused.has(path) || !hasIdentity(section, r)) return;
      const first = seen.get(identity(section, r)) ?? i;
      if (first !== i) {
        const where = section === 'partnerships' ? '' : ` in partnership "${String(r['partnership'])}"`;
        problems.push({ field: `${path}.${key}`, message: `${key} "${String(r[key])}" is already used by ${section}[${first}]${where}` });
      }
      if (section === 'partnerships') return;
      const partnership = String(r['partnership']);
      if (!partnershipExists(partnership)) {
        problems.push({ field: `${path}.partnership`, message: `partnership "${partnership}" is neither in the bundle nor in the database` });
        return;
      }
      for (const ref of REFERENCES) {
        if (ref.section !== section) continue;
        const values = referencedValues(r, ref);
        values.forEach((value, j) => {
          if (!value || resolves(ref.target, partnership, value)) return;
          problems.push({
            field: ref.many ? `${path}.${ref.field}[${j}]${ref.item ? `.${ref.item}` : ''}` : `${path}.${ref.field}`,
            message: `${outsidePartnershipMessage(LABELS[ref.target])} ("${value}" is not in partnership "${partnership}")`,
          });
        });
      }
      problems.push(...recordRuleProblems(section, r, context).map((p) => ({ field: `${path}.${p.field}`, message: p.message })));
      if (together) {
        const combination = [partnership, ...together.map((f) => String(r[f]))].join('\n');
        const j = firstWith.get(combination);
        if (j === undefined) firstWith.set(combination, i);
        else problems.push({ field: `${path}.${together[together.length - 1]}`, message: `repeats the ${together.join(', ')} of ${section}[${j}]` });
      }
    });
  }
  return problems;

  function resolves(target: TargetSection, partnership: string, value: string): boolean {
    const key = pairKey(partnership, value);
    if (index[target].has(key) || db.records.get(target)?.has(key)) return true;
    // A partnership created by this import is given the default themes by the database.
    return target === 'themes' && !db.partnerships.has(partnership) && db.defaultThemes.has(value);
  }
}

/** What the record rules read of other records: the bundle's first, then the database's. */
function ruleContext(bundle: Bundle, index: BundleIndex, db: DatabaseState, refused: Refused, today: string): RuleContext {
  const record = <T>(section: Section, partnership: string, ref: string): T | undefined => {
    const i = index[section].get(pairKey(partnership, ref));
    return i === undefined || refused.has(`${section}[${i}]`) ? undefined : (recordsOf(bundle, section)[i] as T);
  };
  // The bundle's rapid reviews sent to the Panel, by their notification.
  const sent = new Map<string, RapidReviewSent[]>();
  (bundle.reviews ?? []).forEach((r, i) => {
    if (refused.has(`reviews[${i}]`) || r.type !== 'rapid-review' || !r.notification || !r.sentToPanelOn) return;
    const key = pairKey(r.partnership, r.notification);
    sent.set(key, [...(sent.get(key) ?? []), { ref: r.ref, sentToPanelOn: r.sentToPanelOn }]);
  });
  return {
    today,
    notification(partnership, ref) {
      const n = record<NotificationRecord>('notifications', partnership, ref);
      return n ? { dateNotified: n.dateNotified ?? null } : db.facts?.notifications.get(pairKey(partnership, ref));
    },
    rapidReviews(partnership, ref) {
      const key = pairKey(partnership, ref);
      // A review in the bundle replaces what the database holds of it.
      const stored = (db.facts?.rapidReviews.get(key) ?? []).filter((r) => record<ReviewRecord>('reviews', partnership, r.ref) === undefined);
      return [...(sent.get(key) ?? []), ...stored];
    },
    reviewType(partnership, ref) {
      return record<ReviewRecord>('reviews', partnership, ref)?.type ?? db.facts?.reviewTypes?.get(pairKey(partnership, ref));
    },
    reviewInitiatedOn(partnership, ref) {
      return record<ReviewRecord>('reviews', partnership, ref)?.initiatedOn ?? db.facts?.reviewInitiations.get(pairKey(partnership, ref));
    },
    sessionDate(partnership, ref) {
      return record<TrainingSessionRecord>('trainingSessions', partnership, ref)?.sessionDate ?? db.facts?.sessionDates.get(pairKey(partnership, ref));
    },
  };
}
