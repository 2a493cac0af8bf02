import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, JSONScalar, recordAuditEvent, type RequestContext } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import { ExportService } from './export.service';
import { ImportService } from './import.service';
import { ImportResult } from './models/import-result.model';

@Resolver()
export class ExchangeResolver {
  constructor(
    private readonly importer: ImportService,
    private readonly exporter: ExportService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => ImportResult, {
    description:
      'Imports a data bundle (docs/bundle-format.md) all or nothing: records are matched by partnership and ref, ' +
      'so importing the same bundle again changes nothing. Every problem is reported in extensions.fields with its path, ' +
      'e.g. reviews[3].agencies[1]. Admins import into their own partnerships; only a system admin can create partnerships.',
  })
  async importBundle(@Args('bundle', { type: () => JSONScalar }) bundle: unknown, @Context() ctx: RequestContext): Promise<ImportResult> {
    await this.assertOwnPartnerships(bundle, ctx);
    const result = await this.importer.importBundle(bundle);
    const refs = ((bundle as { partnerships?: { ref?: unknown }[] }).partnerships ?? []).map((p) => p?.ref);
    const ids = (await this.dataSource.query(`SELECT id FROM partnerships WHERE ref = ANY ($1::text[])`, [refs.filter((r) => typeof r === 'string')])) as {
      id: string;
    }[];
    for (const p of ids.length > 0 ? ids : [{ id: null }]) {
      await recordAuditEvent(this.dataSource.manager, {
        action: 'import',
        entity: 'bundle',
        partnershipId: p.id,
        detail: { records: result.records, created: result.created, updated: result.updated, unchanged: result.unchanged },
      });
    }
    return result;
  }

  @Query(() => JSONScalar, { description: 'The data bundle of the named partnerships (by ref), or of all of yours.' })
  async exportBundle(
    @Args('partnershipRefs', { type: () => [String], nullable: true }) partnershipRefs?: string[] | null,
  ): Promise<unknown> {
    // Row-level security limits the export to the caller's partnerships; another's ref reads as unknown.
    const bundle = await this.exporter.exportBundle(partnershipRefs);
    // One event per partnership exported, filed under it, so each partnership's admins see it.
    const ids = (await this.dataSource.query(`SELECT id, ref FROM partnerships WHERE ref = ANY ($1::text[])`, [bundle.partnerships.map((p) => p.ref)])) as {
      id: string;
      ref: string;
    }[];
    for (const p of ids) {
      await recordAuditEvent(this.dataSource.manager, {
        action: 'export',
        entity: 'bundle',
        partnershipId: p.id,
        detail: { partnerships: bundle.partnerships.map((b) => b.ref), records: countRecords(bundle) },
      });
    }
    return bundle;
  }

  /** An admin's bundle may name only partnerships they belong to: creating partnerships is a system admin's. */
  private async assertOwnPartnerships(bundle: unknown, ctx: RequestContext): Promise<void> {
    if (ctx.caller?.role === 'system-admin') return;
    const listed = (bundle as { partnerships?: unknown } | null)?.partnerships;
    if (!Array.isArray(listed)) return;
    const refs = listed.map((p) => (p && typeof p === 'object' ? (p as { ref?: unknown }).ref : undefined));
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
}

/** Records of every section of a bundle, for the export event. */
function countRecords(bundle: object): number {
  return Object.values(bundle).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}
