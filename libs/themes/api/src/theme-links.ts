import { groupByKey, InputError, type RequestContext } from '@sli/shared/api-core';
import { In, type EntityManager } from 'typeorm';
import { ThemeEntity } from './theme.entity';

/**
 * Helpers for the `<owner>_themes` join tables (review_themes, audit_themes, …) every domain has.
 * `table` and `ownerColumn` are fixed strings from our own code, never user input.
 */
export interface ThemeLink {
  table: string;
  ownerColumn: string;
}

/** Batched `themes` field: two queries per request (links, then themes) for all owners asked. */
export function themesLoader(ctx: RequestContext, manager: EntityManager, link: ThemeLink) {
  return ctx.loaders.get<string, ThemeEntity[]>(`themes.${link.table}`, async (ownerIds) => {
    const links: { owner_id: string; theme_id: string }[] = await manager.query(
      `SELECT ${link.ownerColumn} AS owner_id, theme_id FROM ${link.table} WHERE ${link.ownerColumn} = ANY($1::uuid[])`,
      [[...ownerIds]],
    );
    const themeIds = [...new Set(links.map((l) => l.theme_id))];
    const themes = themeIds.length
      ? await manager.getRepository(ThemeEntity).find({ where: { id: In(themeIds) }, order: { name: 'ASC' } })
      : [];
    const byId = new Map(themes.map((t) => [t.id, t]));
    const rank = new Map(themes.map((t, i) => [t.id, i]));
    const pairs = links
      .filter((l) => byId.has(l.theme_id))
      .sort((a, b) => (rank.get(a.theme_id) ?? 0) - (rank.get(b.theme_id) ?? 0));
    return groupByKey(ownerIds, pairs, (l) => l.owner_id).map((ls) => ls.map((l) => byId.get(l.theme_id) as ThemeEntity));
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
