import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The annual report's narrative sections, per partnership and financial year, with every saved
 * version kept: a save adds a version (never overwrites one), and the board's approval is stamped on
 * the version it approved. The application role may add versions and stamp approvals, nothing else.
 */
export class AnnualReportNarratives1730000001300 implements MigrationInterface {
  name = 'AnnualReportNarratives1730000001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE annual_report_narratives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_annual_report_narratives__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        financial_year text NOT NULL CONSTRAINT ck_annual_report_narratives__financial_year CHECK (financial_year ~ '^[0-9]{4}/[0-9]{2}$'),
        section text NOT NULL CONSTRAINT ck_annual_report_narratives__section CHECK (section IN (
          'priorities', 'learning-from-reviews', 'voice', 'scrutiny', 'next-year')),
        version int NOT NULL CONSTRAINT ck_annual_report_narratives__version CHECK (version >= 1),
        text text NOT NULL CONSTRAINT ck_annual_report_narratives__text CHECK (length(btrim(text)) >= 1 AND length(text) <= 10000),
        saved_by uuid,
        saved_by_name text NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        approved_by uuid,
        approved_by_name text,
        approved_at timestamptz,
        CONSTRAINT ck_annual_report_narratives__approved_at CHECK ((approved_at IS NULL) = (approved_by_name IS NULL)),
        CONSTRAINT uq_annual_report_narratives__version UNIQUE (partnership_id, financial_year, section, version)
      );

      ALTER TABLE annual_report_narratives ENABLE ROW LEVEL SECURITY;
      ALTER TABLE annual_report_narratives FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON annual_report_narratives USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_annual_report_narratives__audit AFTER INSERT OR UPDATE OR DELETE ON annual_report_narratives
        FOR EACH ROW EXECUTE FUNCTION sli_audit_row();

      -- Versions are history: added, approved once, never rewritten or removed.
      GRANT SELECT, INSERT ON annual_report_narratives TO sli_app;
      GRANT UPDATE (approved_by, approved_by_name, approved_at) ON annual_report_narratives TO sli_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE annual_report_narratives;`);
  }
}
