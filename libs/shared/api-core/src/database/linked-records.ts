import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** A link table between owners (reviews, audits, actions…) and the records they name (agencies, themes). */
export interface LinkTable {
  /** The link table, e.g. `review_themes`. */
  table: string;
  /** Its column holding the owner's id, e.g. `review_id`. */
  owner: string;
  /** Its column holding the linked record's id, e.g. `theme_id`. */
  linked: string;
}

/**
 * The records linked to each of `ownerIds`, in one statement (the link table joined to the records'
 * table), each row hydrated as TypeORM would hydrate the entity, in `orderBy` order (columns of the
 * records' table, e.g. `['name', 'id']`). A record linked to two owners comes back once per owner.
 * One statement instead of two (links, then records) keeps a nested list's statements per level at one.
 */
export async function linkedRecords<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  link: LinkTable,
  ownerIds: readonly string[],
  orderBy: readonly string[],
): Promise<{ ownerId: string; record: E }[]> {
  if (ownerIds.length === 0) return [];
  const meta = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = meta.columns.filter((c) => !c.isVirtual);
  const columnOf = (property: string) => {
    const column = columns.find((c) => c.propertyName === property || c.databaseName === property);
    if (!column) throw new Error(`linkedRecords: ${meta.name} has no column ${property}`);
    return column.databaseName;
  };
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT l.${link.owner} AS "ownerId", ${columns.map((c, i) => `r.${c.databaseName} AS "c${i}"`).join(', ')}
       FROM ${link.table} l JOIN ${meta.tableName} r ON r.id = l.${link.linked}
      WHERE l.${link.owner} = ANY($1::uuid[])
      ORDER BY ${orderBy.map((p) => `r.${columnOf(p)}`).join(', ')}`,
    [[...ownerIds]],
  );
  return rows.map((row) => {
    const record = meta.create() as E;
    columns.forEach((c, i) => c.setEntityValue(record, driver.prepareHydratedValue(row[`c${i}`], c)));
    return { ownerId: String(row['ownerId']), record };
  });
}
