import { scopeOfKind, type KindScope, type PartnershipKindValue } from '@sli/reviews-domain';
import type { PartnershipKind } from './gql/graphql';

export type { KindScope };

/**
 * What a partnership of this kind works on (the reviews domain's rule, which the API also applies): a
 * children's partnership has notifications, rapid reviews and child safeguarding practice reviews; an
 * adults board has safeguarding adults reviews and the domestic homicide reviews it commissions with its
 * community safety partnership; a community safety partnership commissions domestic homicide reviews
 * only; a joint partnership, or no partnership in force (national roles), everything.
 */
export function kindScope(kind: PartnershipKind | null | undefined): KindScope {
  return scopeOfKind(kind ? (kind.toLowerCase().replace('_', '-') as PartnershipKindValue) : null);
}

/** The kind of the partnership in force, from the signed-in user's partnerships (null when none is chosen). */
export function kindOf(partnerships: readonly { id: string; kind: PartnershipKind }[], partnershipId: string | null | undefined): PartnershipKind | null {
  return partnerships.find((p) => p.id === partnershipId)?.kind ?? null;
}

/** "A, B and C", or "A" alone. */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The review types due 6 calendar months after initiation that a partnership of this kind runs, in
 * words: "LCSPR, SAR, DHR and PLR" for a joint one, "DHR and PLR" for a community safety partnership.
 */
export function sixMonthReviewWords(scope: KindScope): string {
  return andList([...(scope.children ? ['LCSPR'] : []), ...(scope.adults ? ['SAR'] : []), ...(scope.domesticHomicide ? ['DHR'] : []), 'PLR']);
}

/**
 * The reviews a partnership of this kind runs, as a noun phrase to open a sentence: "Rapid reviews and
 * learning reviews" for a children's partnership, "Safeguarding adults reviews and other learning reviews"
 * for an adults board, "Domestic homicide reviews and other learning reviews" for a community safety one.
 */
export function reviewsNoun(scope: KindScope): string {
  if (scope.children) return 'Rapid reviews and learning reviews';
  if (scope.adults) return 'Safeguarding adults reviews and other learning reviews';
  if (scope.domesticHomicide) return 'Domestic homicide reviews and other learning reviews';
  return 'Learning reviews';
}

/**
 * Whom a partnership of this kind safeguards, in words: "children and families", "adults at risk", "people
 * at risk of domestic abuse" (a community safety partnership), "children and adults" for a joint one.
 */
export function peopleWords(scope: KindScope): string {
  if (scope.children && scope.adults) return 'children and adults';
  if (scope.children) return 'children and families';
  if (scope.adults) return 'adults at risk';
  return 'people at risk of domestic abuse';
}
