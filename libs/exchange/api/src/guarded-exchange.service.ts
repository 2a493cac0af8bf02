import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, recordAuditEvent, type Caller } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import { ExportService } from './export.service';
import { ImportService } from './import.service';
import type { ImportResult } from './models/import-result.model';

/**
 * Imports and exports on behalf of a signed-in caller, whichever door they come through (GraphQL or
 * the bundle upload route): the caller's partnerships only, each recorded in the change history.
 */
@Injectable()
export class GuardedExchange {
  constructor(
    private readonly importer: ImportService,
    private readonly exporter: ExportService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async importAs(caller: Caller, bundle: unknown): Promise<ImportResult> {
    await this.assertOwnPartnerships(caller, bundle);
    const result = await this.importer.importBundle(bundle);
    const refs = partnershipRefs(bundle);
    for (const id of await this.idsOf(refs.filter((r): r is string => typeof r === 'string'), [null])) {
      await recordAuditEvent(this.dataSource.manager, {
        action: 'import',
        entity: 'bundle',
        partnershipId: id,
        detail: { partnerships: refs, records: result.records, created: result.created, updated: result.updated, unchanged: result.unchanged },
      });
    }
    return result;
  }

  /** Row-level security limits the export to the caller's partnerships; another's ref reads as unknown. */
  async exportAs(partnershipRefs?: readonly string[] | null): Promise<unknown> {
    const bundle = await this.exporter.exportBundle(partnershipRefs);
    const refs = bundle.partnerships.map((p) => p.ref);
    // One event per partnership exported, filed under it, so each partnership's admins see it.
    for (const id of await this.idsOf(refs, [])) {
      await recordAuditEvent(this.dataSource.manager, {
        action: 'export',
        entity: 'bundle',
        partnershipId: id,
        detail: { partnerships: refs, records: countRecords(bundle) },
      });
    }
    return bundle;
  }

  /** An admin's bundle may name only partnerships they belong to: creating partnerships is a system admin's. */
  private async assertOwnPartnerships(caller: Caller, bundle: unknown): Promise<void> {
    if (caller.role === 'system-admin') return;
    const refs = partnershipRefs(bundle);
    const visible = new Set(
      ((await this.dataSource.query(`SELECT ref FROM partnerships WHERE ref = ANY ($1::text[])`, [refs.filter((r) => typeof r === 'string')])) as { ref: string }[]).map(
        (r) => r.ref,
      ),
    );
    const outside = refs.findIndex((ref) => typeof ref === 'string' && !visible.has(ref));
    if (outside >= 0) {
      throw new ForbiddenError(
        `partnerships[${outside}].ref (${String(refs[outside])}) is not one of your partnerships: only a system admin can import another or a new partnership`,
      );
    }
  }

  private async idsOf(refs: readonly string[], none: (string | null)[]): Promise<(string | null)[]> {
    const rows = (await this.dataSource.query(`SELECT id FROM partnerships WHERE ref = ANY ($1::text[])`, [refs])) as { id: string }[];
    return rows.length > 0 ? rows.map((r) => r.id) : none;
  }
}

function partnershipRefs(bundle: unknown): unknown[] {
  const listed = (bundle as { partnerships?: unknown } | null)?.partnerships;
  return Array.isArray(listed) ? listed.map((p) => (p && typeof p === 'object' ? (p as { ref?: unknown }).ref : undefined)) : [];
}

/** Records of every section of a bundle, for the export event. */
function countRecords(bundle: object): number {
  return Object.values(bundle).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}
