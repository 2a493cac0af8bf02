import type { Bundle, BUNDLE_SECTIONS, PartnershipKind, PartnershipRecord } from '@sli/exchange-domain';
import type { Day } from './dates';
import type { AgencyTemplate } from './reference-data';

export type SectionName = (typeof BUNDLE_SECTIONS)[number];

/** Every record array of a bundle, present. */
export type Sections = { [K in SectionName]-?: NonNullable<Bundle[K]> };

export function emptySections(): Sections {
  return {
    partnerships: [], agencies: [], themes: [], notifications: [], reviews: [], informationRequests: [], referrals: [], audits: [],
    auditCases: [], section11Assessments: [], findings: [], recommendations: [], actions: [], trainingCourses: [],
    trainingSessions: [], attendances: [], learningProducts: [], obaResults: [], obaStrategies: [], measures: [],
  };
}

export interface Agency {
  ref: string;
  template: AgencyTemplate;
  core: boolean;
}

/** What every part of the generator needs to write one partnership's records. */
export interface PartnershipContext {
  partnership: PartnershipRecord;
  kind: PartnershipKind;
  place: string;
  /** Who the business unit writes as in action histories. */
  businessUnit: string;
  agencies: readonly Agency[];
  /** Financial years covered, oldest first (2024 is 2024/25). */
  years: readonly number[];
  /** The generation date: nothing happens after it. */
  asOf: Day;
  /** Whether partnership-specific themes exist (always, here; kept explicit for the theme pickers). */
  ownThemes: boolean;
  out: Sections;
  /** 'A', 'B', … 'Z', 'AA': the letters reviews use instead of names. */
  nextCaseLetter(): string;
  /** Next number per ref prefix and year (see sequenceRef). */
  sequences: Map<string, number>;
}

/** `LCSPR-2023-24-02`: the second LCSPR initiated in 2023/24. */
export function sequenceRef(ctx: PartnershipContext, prefix: string, year: number): string {
  const key = `${prefix}-${year}-${String((year + 1) % 100).padStart(2, '0')}`;
  const n = (ctx.sequences.get(key) ?? 0) + 1;
  ctx.sequences.set(key, n);
  return `${key}-${pad(n)}`;
}

export const coversChildren = (kind: PartnershipKind) => kind === 'children' || kind === 'joint';
export const coversAdults = (kind: PartnershipKind) => kind === 'adults' || kind === 'joint';

export function caseLetters(): () => string {
  let n = 0;
  return () => {
    let i = n++;
    let letters = '';
    do {
      letters = String.fromCharCode(65 + (i % 26)) + letters;
      i = Math.floor(i / 26) - 1;
    } while (i >= 0);
    return letters;
  };
}

/** The refs among `wanted` that are agencies of this partnership, in the order given. */
export function existingAgencies(ctx: PartnershipContext, wanted: readonly string[]): string[] {
  return [...new Set(wanted)].filter((ref) => ctx.agencies.some((a) => a.ref === ref));
}

export function coreAgencies(ctx: PartnershipContext): string[] {
  return ctx.agencies.filter((a) => a.core).map((a) => a.ref);
}

/** An agency lead's mailbox: a role, never a person. */
export function agencyLead(ctx: PartnershipContext, agencyRef: string): string {
  return `${agencyRef.toLowerCase()}.lead@${ctx.partnership.ref.toLowerCase()}.example`;
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
