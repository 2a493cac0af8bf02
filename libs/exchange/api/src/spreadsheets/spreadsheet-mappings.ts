import { isSheetKind, type ColumnMapping, type SheetKind } from '@sli/exchange-domain';
import type { EntityManager } from 'typeorm';

/** The mapping each kind of sheet was last imported with by this partnership (field → header). */
export async function loadMappings(m: EntityManager, partnershipId: string): Promise<Partial<Record<SheetKind, ColumnMapping>>> {
  const rows: { kind: string; columns: ColumnMapping }[] = await m.query(`SELECT kind, columns FROM spreadsheet_mappings WHERE partnership_id = $1`, [
    partnershipId,
  ]);
  return Object.fromEntries(rows.filter((r) => isSheetKind(r.kind)).map((r) => [r.kind, r.columns]));
}

/** Keeps the mapping a committed import used, so the partnership's next sheet of that kind is read the same way. */
export async function saveMapping(m: EntityManager, partnershipId: string, kind: SheetKind, columns: ColumnMapping, by: string): Promise<void> {
  await m.query(
    `INSERT INTO spreadsheet_mappings (partnership_id, kind, columns, updated_by) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (partnership_id, kind) DO UPDATE SET columns = excluded.columns, updated_by = excluded.updated_by, updated_at = clock_timestamp()
       WHERE spreadsheet_mappings.columns IS DISTINCT FROM excluded.columns`,
    [partnershipId, kind, JSON.stringify(columns), by],
  );
}
