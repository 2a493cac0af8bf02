import type { PartnershipKind } from './gql/graphql';

/** Who a partnership safeguards: children (notifications, rapid reviews), adults (SARs), or both. */
export interface KindScope {
  children: boolean;
  adults: boolean;
}

/**
 * What a partnership of this kind works on. A children's partnership has notifications and rapid
 * reviews; an adults board has safeguarding adults reviews; a joint or community safety partnership,
 * or no partnership in force (national roles), both.
 */
export function kindScope(kind: PartnershipKind | null | undefined): KindScope {
  if (kind === 'CHILDREN') return { children: true, adults: false };
  if (kind === 'ADULTS') return { children: false, adults: true };
  return { children: true, adults: true };
}

/** The kind of the partnership in force, from the signed-in user's partnerships (null when none is chosen). */
export function kindOf(partnerships: readonly { id: string; kind: PartnershipKind }[], partnershipId: string | null | undefined): PartnershipKind | null {
  return partnerships.find((p) => p.id === partnershipId)?.kind ?? null;
}
