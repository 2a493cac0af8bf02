import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audits: multi-agency case audits grade each case on Ofsted's scale (overall and per domain);
 * Section 11 audits hold each agency's self-assessed RAG against the eight standards, and the
 * rating after moderation.
 */
export class Audits1730000000300 implements MigrationInterface {
  name = 'Audits1730000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_audits__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        type text NOT NULL CONSTRAINT ck_audits__type CHECK (type IN ('multi-agency-case', 'single-agency', 'thematic', 'section-11')),
        title text NOT NULL CONSTRAINT ck_audits__title CHECK (length(title) BETWEEN 1 AND 300),
        round text,
        lead_agency_id uuid,
        started_on date NOT NULL,
        completed_on date,
        summary text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_audits__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_audits__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_audits__lead_agency_id FOREIGN KEY (partnership_id, lead_agency_id) REFERENCES agencies (partnership_id, id),
        CONSTRAINT ck_audits__completed_on CHECK (completed_on IS NULL OR completed_on >= started_on)
      );
      CREATE INDEX ix_audits__partnership_id_started_on ON audits (partnership_id, started_on);

      CREATE TABLE audit_themes (
        partnership_id uuid NOT NULL,
        audit_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        PRIMARY KEY (audit_id, theme_id),
        CONSTRAINT fk_audit_themes__audit_id FOREIGN KEY (partnership_id, audit_id) REFERENCES audits (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_audit_themes__theme_id FOREIGN KEY (partnership_id, theme_id) REFERENCES themes (partnership_id, id)
      );
      CREATE INDEX ix_audit_themes__theme_id ON audit_themes (theme_id);

      CREATE TABLE audit_agencies (
        partnership_id uuid NOT NULL,
        audit_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        PRIMARY KEY (audit_id, agency_id),
        CONSTRAINT fk_audit_agencies__audit_id FOREIGN KEY (partnership_id, audit_id) REFERENCES audits (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_audit_agencies__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id)
      );

      CREATE TABLE audit_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_audit_cases__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        audit_id uuid NOT NULL,
        overall_grade text NOT NULL CONSTRAINT ck_audit_cases__overall_grade
          CHECK (overall_grade IN ('outstanding', 'good', 'requires-improvement', 'inadequate')),
        narrative text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_audit_cases__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_audit_cases__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_audit_cases__audit_id FOREIGN KEY (partnership_id, audit_id) REFERENCES audits (partnership_id, id) ON DELETE CASCADE
      );
      CREATE INDEX ix_audit_cases__audit_id ON audit_cases (audit_id);

      CREATE TABLE audit_case_domain_grades (
        partnership_id uuid NOT NULL,
        audit_case_id uuid NOT NULL,
        domain text NOT NULL CONSTRAINT ck_audit_case_domain_grades__domain
          CHECK (domain IN ('recognition', 'assessment', 'planning-and-intervention', 'joint-working', 'impact')),
        grade text NOT NULL CONSTRAINT ck_audit_case_domain_grades__grade
          CHECK (grade IN ('outstanding', 'good', 'requires-improvement', 'inadequate')),
        narrative text,
        PRIMARY KEY (audit_case_id, domain),
        CONSTRAINT fk_audit_case_domain_grades__audit_case_id FOREIGN KEY (partnership_id, audit_case_id)
          REFERENCES audit_cases (partnership_id, id) ON DELETE CASCADE
      );

      CREATE TABLE section11_assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_section11_assessments__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        audit_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        standard text NOT NULL CONSTRAINT ck_section11_assessments__standard CHECK (standard IN (
          'senior-management-commitment', 'statement-of-responsibilities', 'line-of-accountability',
          'service-development', 'staff-training', 'safer-recruitment', 'inter-agency-working', 'information-sharing')),
        self_rating text NOT NULL CONSTRAINT ck_section11_assessments__self_rating CHECK (self_rating IN ('red', 'amber', 'green')),
        moderated_rating text CONSTRAINT ck_section11_assessments__moderated_rating CHECK (moderated_rating IN ('red', 'amber', 'green')),
        narrative text,
        evidence text,
        moderation_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_section11_assessments__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_section11_assessments__audit_agency_standard UNIQUE (audit_id, agency_id, standard),
        CONSTRAINT fk_section11_assessments__audit_id FOREIGN KEY (partnership_id, audit_id) REFERENCES audits (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_section11_assessments__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE section11_assessments; DROP TABLE audit_case_domain_grades; DROP TABLE audit_cases;
      DROP TABLE audit_agencies; DROP TABLE audit_themes; DROP TABLE audits;`);
  }
}
