import { In, type DataSource } from 'typeorm';
import { AgencyEntity } from './agency.entity';

/** A link table from records to agencies (review_agencies, audit_agencies), named by its columns. */
export interface AgencyLinks {
  table: string;
  /** The column holding the record's id. */
  owner: string;
}

/**
 * The agencies linked to any of the records, by name, each paired with its record's id: the links
 * first, then each agency once. (TypeORM's raw-and-entities merges an agency linked to two records into
 * one entity, so pairing its raw rows with its entities by position gave records the wrong agencies.)
 */
export async function linkedAgencies(dataSource: DataSource, links: AgencyLinks, ownerIds: readonly string[]): Promise<(AgencyEntity & { ownerId: string })[]> {
  if (ownerIds.length === 0) return [];
  const rows = await dataSource
    .createQueryBuilder()
    .select(`l.${links.owner}`, 'ownerId')
    .addSelect('l.agency_id', 'agencyId')
    .from(links.table, 'l')
    .innerJoin(AgencyEntity, 'a', 'a.id = l.agency_id')
    .where(`l.${links.owner} IN (:...ownerIds)`, { ownerIds: [...ownerIds] })
    .orderBy('a.name')
    .addOrderBy('a.id')
    .getRawMany<{ ownerId: string; agencyId: string }>();
  if (rows.length === 0) return [];
  const agencies = await dataSource.getRepository(AgencyEntity).findBy({ id: In([...new Set(rows.map((r) => r.agencyId))]) });
  const byId = new Map(agencies.map((a) => [a.id, a]));
  return rows.flatMap((r) => {
    const agency = byId.get(r.agencyId);
    return agency ? [{ ...agency, ownerId: r.ownerId }] : [];
  });
}
