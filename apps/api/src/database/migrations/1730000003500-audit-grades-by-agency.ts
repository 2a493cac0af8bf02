import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case-audit grading on the partnership's own domains, overall and per agency (issue 10).
 *
 * A domain grade names its domain by code, a code of the partnership's audit_domains (the foreign
 * key made by 1730000003200, which also gave every partnership the five codes the old fixed enum
 * used: recognition, assessment, planning-and-intervention (retired), joint-working, impact, so every
 * existing grade already points at a domain and is kept as it is). A grade may now name an agency of
 * the partnership: a case carries the overall multi-agency grade per domain (no agency) and each
 * agency's grade per domain, one of each: unique on (case, domain, agency or none). The grade gets an
 * id of its own, so the change history names the row.
 */
export class AuditGradesByAgency1730000003500 implements MigrationInterface {
  name = 'AuditGradesByAgency1730000003500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_case_domain_grades DROP CONSTRAINT audit_case_domain_grades_pkey;
      ALTER TABLE audit_case_domain_grades
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
        ADD COLUMN agency_id uuid,
        ADD CONSTRAINT pk_audit_case_domain_grades PRIMARY KEY (id),
        ADD CONSTRAINT fk_audit_case_domain_grades__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id),
        ADD CONSTRAINT uq_audit_case_domain_grades__case_domain_agency UNIQUE NULLS NOT DISTINCT (audit_case_id, domain, agency_id);
      CREATE INDEX ix_audit_case_domain_grades__agency_id ON audit_case_domain_grades (agency_id);
      CREATE INDEX ix_audit_case_domain_grades__partnership_id_domain ON audit_case_domain_grades (partnership_id, domain);
    `);
    // Partnerships made before 1730000003200 had the defaults installed then; a children's or joint
    // partnership lacking the voice of the child (none should) gets it, first in reading order. Skipped
    // when audit_domains does not exist yet (1730000003200 may run after this one): it installs the defaults.
    await q.query(`
      DO $$
      BEGIN
        IF to_regclass('audit_domains') IS NULL THEN RETURN; END IF;
        UPDATE audit_domains d SET position = d.position + 1
          FROM partnerships p
          WHERE p.id = d.partnership_id AND p.kind IN ('children', 'joint')
            AND NOT EXISTS (SELECT 1 FROM audit_domains v WHERE v.partnership_id = p.id AND v.code = 'voice-of-the-child');
        INSERT INTO audit_domains (partnership_id, code, name, position, retired, is_default)
          SELECT p.id, 'voice-of-the-child', 'Voice of the child', 1, false, true FROM partnerships p
          WHERE p.kind IN ('children', 'joint')
            AND NOT EXISTS (SELECT 1 FROM audit_domains v WHERE v.partnership_id = p.id AND v.code = 'voice-of-the-child');
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM audit_case_domain_grades WHERE agency_id IS NOT NULL;
      ALTER TABLE audit_case_domain_grades
        DROP CONSTRAINT uq_audit_case_domain_grades__case_domain_agency,
        DROP CONSTRAINT pk_audit_case_domain_grades,
        DROP COLUMN agency_id,
        DROP COLUMN id,
        ADD PRIMARY KEY (audit_case_id, domain);
      DROP INDEX IF EXISTS ix_audit_case_domain_grades__partnership_id_domain;
    `);
  }
}
