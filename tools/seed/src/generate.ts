import { type AnnualReportNarrativeRecord, type Bundle, BUNDLE_FORMAT, BUNDLE_SECTIONS, BUNDLE_VERSION } from '@sli/exchange-domain';
import { writeAdultsYear } from './adult-reviews';
import { writeAuditYear } from './audits';
import { writeChildrenYear } from './children-reviews';
import { caseLetters, coversAdults, coversChildren, emptySections, type PartnershipContext, type Sections } from './context';
import { iso, yearEnd } from './dates';
import { writeLearningProducts } from './learning-products';
import { writeMeasures } from './measures';
import { addImpactSources } from './impact-sources';
import { writeNarratives } from './narratives';
import { writeObaResults } from './oba-results';
import { type PartnershipIdentity, planPartnerships, writePartnership } from './partnerships';
import { deriveSeed, Random } from './random';
import { writeRequestAnswers } from './request-answers';
import { writeAuditReturns } from './audit-returns';
import { writeReferrals } from './referrals';
import { addDemoPauses } from './review-timescale';
import { writeCourses, writeTrainingYear } from './training';

export interface GenerateOptions {
  seed: number;
  partnerships: number;
  /** Financial years of data, ending with the one starting in `lastYearStart`. */
  years: number;
  /** 2025 means the last year is 2025/26, and the data is as of 31 March 2026. */
  lastYearStart: number;
}

/** A demo: three partnerships (children, adults, joint) over 2021/22 … 2025/26. */
export const DEFAULT_OPTIONS: Readonly<GenerateOptions> = { seed: 2026, partnerships: 3, years: 5, lastYearStart: 2025 };
/** England at scale: about 150 partnerships over ten years. */
export const NATIONAL_OPTIONS: Readonly<GenerateOptions> = { ...DEFAULT_OPTIONS, partnerships: 150, years: 10 };

export interface GenerateProgress {
  partnershipsDone: number;
  partnershipsTotal: number;
  records: number;
}

/**
 * A synthetic bundle with the shapes of English safeguarding data. Deterministic: the same options
 * give the same bundle, byte for byte (no Math.random, no clock; `generatedAt` is the end of the
 * last year). Each partnership draws from its own stream, so one partnership's data does not
 * depend on how many others are generated.
 */
export function generateBundle(options: Partial<GenerateOptions> = {}, onProgress?: (progress: GenerateProgress) => void): Bundle {
  const o = resolveOptions(options);
  const asOf = yearEnd(o.lastYearStart);
  const years = Array.from({ length: o.years }, (_, i) => o.lastYearStart - o.years + 1 + i);
  const all = emptySections();
  const narratives: AnnualReportNarrativeRecord[] = [];
  let records = 0;
  const identities = planPartnerships(o.seed, o.partnerships);
  identities.forEach((identity, i) => {
    const { out, narratives: own } = generatePartnership(o.seed, identity, years, asOf);
    for (const name of BUNDLE_SECTIONS) {
      const target: unknown[] = all[name];
      for (const record of out[name]) target.push(record);
      records += out[name].length;
    }
    for (const n of own) narratives.push(n);
    records += own.length;
    onProgress?.({ partnershipsDone: i + 1, partnershipsTotal: identities.length, records });
  });
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, generatedAt: `${iso(asOf)}T18:00:00.000Z`, ...all, annualReportNarratives: narratives };
}

export function resolveOptions(options: Partial<GenerateOptions>): GenerateOptions {
  const o = { ...DEFAULT_OPTIONS, ...options };
  const check = (name: keyof GenerateOptions, min: number, max: number) => {
    const v = o[name];
    if (!Number.isInteger(v) || v < min || v > max) throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${v}`);
  };
  check('seed', 0, 0xffffffff);
  check('partnerships', 1, 250);
  check('years', 1, 30);
  check('lastYearStart', 2000, 2100);
  return o;
}

function generatePartnership(
  seed: number,
  identity: PartnershipIdentity,
  years: readonly number[],
  asOf: number,
): { out: Sections; narratives: AnnualReportNarrativeRecord[] } {
  const rng = new Random(deriveSeed(seed, `partnership:${identity.record.ref}`));
  const out = emptySections();
  const agencies = writePartnership(identity, out);
  const ref = identity.record.ref.toLowerCase();
  const ctx: PartnershipContext = {
    partnership: identity.record,
    kind: identity.kind,
    place: identity.place,
    businessUnit: `business.unit@${ref}.example`,
    agencies,
    years,
    asOf,
    ownThemes: true,
    out,
    nextCaseLetter: caseLetters(),
    sequences: new Map(),
  };
  // How good this partnership's practice is, and how much its training changes practice.
  const quality = rng.float(-0.06, 0.06);
  const practiceRate = rng.float(0.55, 0.62);
  const courses = writeCourses(ctx, rng.fork('courses'));
  for (const year of years) {
    const y = rng.fork(`year:${year}`);
    if (coversChildren(ctx.kind)) writeChildrenYear(ctx, y.fork('children'), year);
    if (coversAdults(ctx.kind)) writeAdultsYear(ctx, y.fork('adults'), year);
    writeAuditYear(ctx, y.fork('audits'), year, quality);
    writeTrainingYear(ctx, y.fork('training'), year, courses, practiceRate);
  }
  // Hashed from each review's ref, not drawn from `rng`: nothing after this point moves.
  addDemoPauses(out);
  writeLearningProducts(ctx, rng.fork('learning'));
  writeMeasures(ctx, rng.fork('measures'));
  writeObaResults(ctx, rng.fork('oba-results'));
  addImpactSources(out);
  // Last: the narratives describe the year's records.
  const narratives = writeNarratives(ctx, rng.fork('narratives'));
  // After everything, from each record's ref alone: no draw from the random stream.
  writeReferrals(ctx);
  writeRequestAnswers(ctx);
  writeAuditReturns(ctx);
  return { out, narratives };
}
