import { groupByKey, InputError, linkedRecords, type RequestContext } from '@sli/shared/api-core';
import type { EntityManager } from 'typeorm';
import { ThemeEntity } from './theme.entity';

/**
 * Helpers for the `<owner>_themes` join tables (review_themes, audit_themes, …) every domain has.
 * `table` and `ownerColumn` are fixed strings from our own code, never user input.
 */
export interface ThemeLink {
  table: string;
  ownerColumn: string;
}

/** Batched `themes` field: one statement per request (links joined to themes, by name) for all owners asked. */
export function themesLoader(ctx: RequestContext, manager: EntityManager, link: ThemeLink) {
  return ctx.loaders.get<string, ThemeEntity[]>(`themes.${link.table}`, async (ownerIds) => {
    const linked = await linkedRecords(manager, ThemeEntity, { table: link.table, owner: link.ownerColumn, linked: 'theme_id' }, ownerIds, ['name', 'id']);
    return groupByKey(ownerIds, linked, (l) => l.ownerId).map((ls) => ls.map((l) => l.record));
  });
}

/**
 * Replaces an owner's theme set with `themeIds`, inside the caller's transaction. Every id must be
 * a theme of the same partnership; otherwise an InputError names `field`.
 */
export async function setThemes(
  manager: EntityManager,
  link: ThemeLink,
  partnershipId: string,
  ownerId: string,
  themeIds: readonly string[],
  field = 'themeIds',
): Promise<void> {
  const unique = [...new Set(themeIds)];
  if (unique.length > 0) {
    const found: { id: string }[] = await manager.query(
      `SELECT id FROM themes WHERE partnership_id = $1 AND id = ANY($2::uuid[])`,
      [partnershipId, unique],
    );
    const known = new Set(found.map((r) => r.id));
    const missing = unique.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw new InputError([{ field, message: `holds themes not in this partnership: ${missing.join(', ')}` }]);
    }
  }
  await manager.query(`DELETE FROM ${link.table} WHERE ${link.ownerColumn} = $1`, [ownerId]);
  if (unique.length > 0) {
    await manager.query(
      `INSERT INTO ${link.table} (partnership_id, ${link.ownerColumn}, theme_id) SELECT $1, $2, unnest($3::uuid[])`,
      [partnershipId, ownerId, unique],
    );
  }
}
