import { Injectable } from '@nestjs/common';
import { BUNDLE_FORMAT, BUNDLE_SECTIONS, BUNDLE_VERSION, type Bundle } from '@sli/exchange-domain';
import { InputError } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import type { Section } from './bundle-references';
import { compact, EXPORT_QUERIES } from './export-queries';
import { GROUPS_EXPORT_SQL } from './groups-exchange';
import { ASSURANCE_TOOLS_EXPORT_SQL } from './assurance-tools-exchange';
import { NARRATIVES_EXPORT_SQL } from './narratives-exchange';

/** Called after each section is read: the section and how many records it holds. */
export type ExportProgress = (section: Section, records: number) => void;

/**
 * Reads partnerships back into the bundle format, the exact shape the importer takes: importing
 * an export changes nothing, and export → import elsewhere → export gives the same document.
 */
@Injectable()
export class ExportService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every partnership, or those named by ref; an unknown ref is an error naming it. */
  async exportBundle(partnershipRefs?: readonly string[] | null, onProgress?: ExportProgress): Promise<Bundle> {
    const refs = partnershipRefs ? [...new Set(partnershipRefs)] : null;
    // One snapshot for every section, so a concurrent write cannot leave a dangling reference.
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      if (refs) {
        const found: { ref: string }[] = await m.query(`SELECT ref FROM partnerships WHERE ref = ANY($1::text[])`, [refs]);
        const known = new Set(found.map((p) => p.ref));
        const missing = (partnershipRefs ?? []).flatMap((ref, i) =>
          known.has(ref) ? [] : [{ field: `partnershipRefs[${i}]`, message: `partnership "${ref}" does not exist` }],
        );
        if (missing.length > 0) throw new InputError(missing);
      }
      const bundle: Record<string, unknown> = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, generatedAt: new Date().toISOString() };
      for (const section of BUNDLE_SECTIONS) {
        const { sql, defaults } = EXPORT_QUERIES[section];
        const rows: Record<string, unknown>[] = await m.query(sql, [refs]);
        onProgress?.(section, rows.length);
        if (rows.length > 0 || section === 'partnerships') bundle[section] = rows.map((r) => compact(r, defaults));
      }
      const groups: Record<string, unknown>[] = await m.query(GROUPS_EXPORT_SQL, [refs]);
      if (groups.length > 0) bundle['groups'] = groups.map((g) => compact(g));
      // History rather than records: every version of each section, approvals on the versions approved.
      const narratives: Record<string, unknown>[] = await m.query(NARRATIVES_EXPORT_SQL, [refs]);
      if (narratives.length > 0) bundle['annualReportNarratives'] = narratives;
      const tools: Record<string, unknown>[] = await m.query(ASSURANCE_TOOLS_EXPORT_SQL, [refs]);
      if (tools.length > 0) bundle['assuranceTools'] = tools;
      return bundle as unknown as Bundle;
    });
  }
}
