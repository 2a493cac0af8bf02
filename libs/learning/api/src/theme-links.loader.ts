import { groupByKey, type RequestContext } from '@sli/shared/api-core';
import { ThemeEntity, type ThemeLink } from '@sli/themes-api';
import { In, type EntityManager } from 'typeorm';

/**
 * Batched `themes` field of findings and learning products. Stands in for `themesLoader` from
 * @sli/themes-api, which mismatches owners when two owners in one batch share a theme
 * (getRawAndEntities returns each theme entity once but one raw row per link). Switch back once fixed.
 */
export function linkedThemesLoader(ctx: RequestContext, manager: EntityManager, link: ThemeLink) {
  return ctx.loaders.get<string, ThemeEntity[]>(`learning.themes.${link.table}`, async (ownerIds) => {
    const links: { ownerId: string; themeId: string }[] = await manager.query(
      `SELECT ${link.ownerColumn} AS "ownerId", theme_id AS "themeId" FROM ${link.table} WHERE ${link.ownerColumn} = ANY($1::uuid[])`,
      [[...ownerIds]],
    );
    const themeIds = [...new Set(links.map((l) => l.themeId))];
    const themes =
      themeIds.length === 0 ? [] : await manager.getRepository(ThemeEntity).find({ where: { id: In(themeIds) }, order: { name: 'ASC' } });
    // `themes` is already in name order; each owner keeps those it links to.
    return groupByKey(ownerIds, links, (l) => l.ownerId).map((list) => {
      const mine = new Set(list.map((l) => l.themeId));
      return themes.filter((t) => mine.has(t.id));
    });
  });
}
