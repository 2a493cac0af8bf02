import type { EntityManager } from 'typeorm';

/** Tables whose rows a review or notification may point at; fixed strings, never user input. */
export type ScopedTable = 'agencies' | 'themes' | 'notifications' | 'reviews';

/**
 * The ids among `ids` that are not rows of `table` in the partnership. Composite foreign keys
 * would refuse them anyway; checking first lets the error name the input field.
 */
export async function idsOutsidePartnership(
  manager: EntityManager,
  table: ScopedTable,
  partnershipId: string,
  ids: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found: { id: string }[] = await manager.query(
    `SELECT id FROM ${table} WHERE partnership_id = $1 AND id = ANY($2::uuid[])`,
    [partnershipId, unique],
  );
  const known = new Set(found.map((r) => r.id));
  return unique.filter((id) => !known.has(id));
}
