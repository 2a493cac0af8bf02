import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The column mapping a partnership last imported each kind of spreadsheet with (which header fills
 * which field), so its next register of the same shape is read the same way without mapping again.
 */
export class SpreadsheetMappings1730000001800 implements MigrationInterface {
  name = 'SpreadsheetMappings1730000001800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE spreadsheet_mappings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_spreadsheet_mappings__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT ck_spreadsheet_mappings__kind CHECK (kind IN ('action-plan', 'measure-values')),
        columns jsonb NOT NULL CONSTRAINT ck_spreadsheet_mappings__columns CHECK (jsonb_typeof(columns) = 'object'),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_by text NOT NULL,
        CONSTRAINT uq_spreadsheet_mappings__partnership_id_kind UNIQUE (partnership_id, kind)
      );

      ALTER TABLE spreadsheet_mappings ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON spreadsheet_mappings USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_spreadsheet_mappings__audit AFTER INSERT OR UPDATE OR DELETE ON spreadsheet_mappings
        FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      GRANT SELECT, INSERT, UPDATE ON spreadsheet_mappings TO sli_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE spreadsheet_mappings;`);
  }
}
