import { InputError, type FieldProblem } from '@sli/shared/api-core';
import { oneSourceProblems, outsidePartnershipMessage } from '@sli/shared/domain';
import type { EntityManager } from 'typeorm';

/** Where a finding or recommendation comes from: one review or one audit. */
export interface Source {
  reviewId: string | null;
  auditId: string | null;
}

/** The rule behind ck_findings__source / ck_recommendations__source, checked before any write (shared with actions and imports). */
export function sourceProblems(source: Source): FieldProblem[] {
  return oneSourceProblems(source.reviewId, source.auditId);
}

/** Fields of an update that were sent (null clears; absent keeps the current value). */
export function nextSource(current: Source, input: { reviewId?: string | null; auditId?: string | null }): Source {
  return {
    reviewId: input.reviewId === undefined ? current.reviewId : input.reviewId,
    auditId: input.auditId === undefined ? current.auditId : input.auditId,
  };
}

export const sameSource = (a: Source, b: Source) => a.reviewId === b.reviewId && a.auditId === b.auditId;

/**
 * The partnership of the source's review or audit. When `partnershipId` is given the source must
 * belong to it (records never move between partnerships).
 */
export async function sourcePartnership(m: EntityManager, source: Source, partnershipId?: string): Promise<string> {
  const problems = sourceProblems(source);
  if (problems.length > 0) throw new InputError(problems);
  const [field, table, id] = source.reviewId
    ? (['reviewId', 'reviews', source.reviewId] as const)
    : (['auditId', 'audits', source.auditId as string] as const);
  const rows: { partnership_id: string }[] = await m.query(`SELECT partnership_id FROM ${table} WHERE id = $1`, [id]);
  const found = rows[0]?.partnership_id;
  if (!found || (partnershipId && found !== partnershipId)) {
    throw new InputError([{ field, message: outsidePartnershipMessage(table === 'reviews' ? 'review' : 'audit') }]);
  }
  return found;
}
