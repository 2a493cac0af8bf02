import type { PartnershipKind } from './gql/graphql';

/**
 * What a partnership's statutory reviews are about: children (serious incident notifications, rapid
 * reviews, child safeguarding practice reviews, section 11), adults (safeguarding adults reviews), and
 * domestic homicide (domestic homicide reviews, now also called domestic abuse related death reviews).
 */
export interface KindScope {
  children: boolean;
  adults: boolean;
  domesticHomicide: boolean;
}

/**
 * What a partnership of this kind works on. A children's partnership has notifications, rapid reviews
 * and child safeguarding practice reviews; an adults board has safeguarding adults reviews and the
 * domestic homicide reviews it commissions with its community safety partnership (the demo's adults
 * boards run both); a community safety partnership commissions domestic homicide reviews only; a joint
 * partnership, or no partnership in force (national roles), everything.
 */
export function kindScope(kind: PartnershipKind | null | undefined): KindScope {
  if (kind === 'CHILDREN') return { children: true, adults: false, domesticHomicide: false };
  if (kind === 'ADULTS') return { children: false, adults: true, domesticHomicide: true };
  if (kind === 'COMMUNITY_SAFETY') return { children: false, adults: false, domesticHomicide: true };
  return { children: true, adults: true, domesticHomicide: true };
}

/** The kind of the partnership in force, from the signed-in user's partnerships (null when none is chosen). */
export function kindOf(partnerships: readonly { id: string; kind: PartnershipKind }[], partnershipId: string | null | undefined): PartnershipKind | null {
  return partnerships.find((p) => p.id === partnershipId)?.kind ?? null;
}
