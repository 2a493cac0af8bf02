import { linkedRecords } from '@sli/shared/api-core';
import type { DataSource } from 'typeorm';
import { AgencyEntity } from './agency.entity';

/** A link table from records to agencies (review_agencies, audit_agencies), named by its columns. */
export interface AgencyLinks {
  table: string;
  /** The column holding the record's id. */
  owner: string;
}

/**
 * The agencies linked to any of the records, by name, each paired with its record's id, in one
 * statement (an agency linked to two records comes back once for each).
 */
export async function linkedAgencies(dataSource: DataSource, links: AgencyLinks, ownerIds: readonly string[]): Promise<(AgencyEntity & { ownerId: string })[]> {
  const linked = await linkedRecords(dataSource.manager, AgencyEntity, { table: links.table, owner: links.owner, linked: 'agency_id' }, ownerIds, ['name', 'id']);
  return linked.map(({ ownerId, record }) => Object.assign(record, { ownerId }));
}
