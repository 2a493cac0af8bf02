import type { PartnershipKind, PartnershipRecord } from '@sli/exchange-domain';
import type { Agency, Sections } from './context';
import { Random } from './random';
import { AGENCY_TEMPLATES, FIRST_PLACES, FOLLOW_UP_WEEKS, PLACE_ENDINGS, PLACE_STEMS, REGIONS } from './reference-data';
import { OWN_THEMES } from './themes';

export interface PartnershipIdentity {
  record: PartnershipRecord;
  place: string;
  kind: PartnershipKind;
}

const KINDS: readonly PartnershipKind[] = ['children', 'adults', 'joint'];
const SUFFIX: Record<PartnershipKind, string> = { children: 'SCP', adults: 'SAB', joint: 'SP', 'community-safety': 'CSP' };
const TITLE: Record<PartnershipKind, string> = {
  children: 'Safeguarding Children Partnership',
  adults: 'Safeguarding Adults Board',
  joint: 'Safeguarding Partnership',
  'community-safety': 'Community Safety Partnership',
};

/**
 * Names, refs and settings of `count` partnerships. The first three are always Northshire
 * (children), Eastvale (adults) and Westmere (joint); the rest are invented names in a seeded order,
 * kinds in rotation. Refs are the place's initial and the kind (NSCP), lengthened until unique.
 */
export function planPartnerships(seed: number, count: number): PartnershipIdentity[] {
  const rng = new Random(seed).fork('partnerships');
  const first = FIRST_PLACES.map((p) => p.place as string);
  const invented = PLACE_STEMS.flatMap((stem) => PLACE_ENDINGS.map((end) => stem + end)).filter((p) => !first.includes(p));
  const places = [...first, ...rng.shuffle(invented)];
  if (count > places.length) throw new RangeError(`partnerships must be at most ${places.length}, got ${count}`);

  const usedRefs = new Set<string>();
  return places.slice(0, count).map((place, i) => {
    const fixed = FIRST_PLACES[i];
    const kind = fixed?.kind ?? KINDS[i % KINDS.length];
    const ref = uniqueRef(place, SUFFIX[kind], usedRefs);
    const record: PartnershipRecord = {
      ref,
      name: `${place} ${TITLE[kind]}`,
      kind,
      region: fixed?.region ?? rng.pick(REGIONS),
      suppressionThreshold: rng.chance(0.85) ? 5 : rng.pick([3, 10]),
      followUpWeeks: rng.pick(FOLLOW_UP_WEEKS),
    };
    return { record, place, kind };
  });
}

function uniqueRef(place: string, suffix: string, used: Set<string>): string {
  const letters = place.toUpperCase().replace(/[^A-Z]/g, '');
  for (let n = 1; n <= letters.length; n++) {
    const ref = letters.slice(0, n) + suffix;
    if (!used.has(ref)) {
      used.add(ref);
      return ref;
    }
  }
  for (let n = 2; ; n++) {
    const ref = `${letters}${n}${suffix}`;
    if (!used.has(ref)) {
      used.add(ref);
      return ref;
    }
  }
}

/** Writes the partnership, its agencies and its own themes; returns the agencies for the rest. */
export function writePartnership(identity: PartnershipIdentity, out: Sections): Agency[] {
  const { record, place, kind } = identity;
  out.partnerships.push(record);
  const agencies: Agency[] = [];
  for (const template of AGENCY_TEMPLATES) {
    if (!template.kinds.includes(kind)) continue;
    const core = template.core.includes(kind);
    agencies.push({ ref: template.ref, template, core });
    out.agencies.push({ partnership: record.ref, ref: template.ref, name: template.name(place), sector: template.sector, isCoreMember: core });
  }
  for (const theme of OWN_THEMES) {
    if (!theme.kinds.includes(kind)) continue;
    out.themes.push({ partnership: record.ref, code: theme.code, name: theme.name, group: theme.group, description: theme.description });
  }
  return agencies;
}
