import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agency returns for audits (issue 13): a case audit or a section 11 / section 175 round invites each
 * agency to return its part by a date, tracked and chased like an information request. One row per
 * (audit, agency) invitation: sent, due, reminded and returned dates, who submitted it and the agency's
 * summary. What the agency returns lives where the audit keeps it: a self-assessment round's ratings and
 * evidence are the agency's section11_assessments rows (saved as the draft, submitted with the return);
 * a case audit's return is the agency's narrative on each case (audit_agency_return_cases). Grades stay
 * the business unit's (audit_case_domain_grades is not touched here).
 * Reminders of returns are notices like those of actions and requests: notices gains the return's id.
 */
export class AuditAgencyReturns1730000003600 implements MigrationInterface {
  name = 'AuditAgencyReturns1730000003600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_agency_returns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_audit_agency_returns__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        audit_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        sent_on date NOT NULL,
        due_on date NOT NULL,
        reminded_on date,
        returned_on date,
        submitted_by text,
        summary text CONSTRAINT ck_audit_agency_returns__summary CHECK (length(summary) BETWEEN 1 AND 8000),
        invited_by text,
        updated_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_audit_agency_returns__audit_id_agency_id UNIQUE (audit_id, agency_id),
        CONSTRAINT uq_audit_agency_returns__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_audit_agency_returns__audit_id FOREIGN KEY (partnership_id, audit_id) REFERENCES audits (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_audit_agency_returns__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id),
        CONSTRAINT ck_audit_agency_returns__due_on CHECK (due_on >= sent_on),
        CONSTRAINT ck_audit_agency_returns__reminded_on CHECK (reminded_on IS NULL OR reminded_on >= sent_on),
        CONSTRAINT ck_audit_agency_returns__returned_on CHECK (returned_on IS NULL OR returned_on >= sent_on),
        CONSTRAINT ck_audit_agency_returns__submitted_by CHECK ((returned_on IS NULL) = (submitted_by IS NULL))
      );
      CREATE INDEX ix_audit_agency_returns__agency_id ON audit_agency_returns (agency_id);
      CREATE INDEX ix_audit_agency_returns__partnership_id_due_on ON audit_agency_returns (partnership_id, due_on);

      CREATE TABLE audit_agency_return_cases (
        partnership_id uuid NOT NULL,
        audit_agency_return_id uuid NOT NULL,
        audit_case_id uuid NOT NULL,
        narrative text NOT NULL CONSTRAINT ck_audit_agency_return_cases__narrative CHECK (length(narrative) BETWEEN 1 AND 8000),
        PRIMARY KEY (audit_agency_return_id, audit_case_id),
        CONSTRAINT fk_audit_agency_return_cases__audit_agency_return_id FOREIGN KEY (partnership_id, audit_agency_return_id)
          REFERENCES audit_agency_returns (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_audit_agency_return_cases__audit_case_id FOREIGN KEY (partnership_id, audit_case_id)
          REFERENCES audit_cases (partnership_id, id) ON DELETE CASCADE
      );
      CREATE INDEX ix_audit_agency_return_cases__audit_case_id ON audit_agency_return_cases (audit_case_id);

      ALTER TABLE notices ADD COLUMN audit_agency_return_id uuid
        CONSTRAINT fk_notices__audit_agency_return_id REFERENCES audit_agency_returns (id) ON DELETE CASCADE;
      ALTER TABLE notices DROP CONSTRAINT ck_notices__about_one;
      ALTER TABLE notices ADD CONSTRAINT ck_notices__about_one CHECK (num_nonnulls(action_id, information_request_id, audit_agency_return_id) = 1);
      CREATE INDEX ix_notices__audit_agency_return_id ON notices (audit_agency_return_id) WHERE audit_agency_return_id IS NOT NULL;
    `);
    for (const t of ['audit_agency_returns', 'audit_agency_return_cases']) {
      await q.query(`
        ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON ${t} USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
        CREATE TRIGGER tr_${t}__audit AFTER INSERT OR UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
        GRANT SELECT, INSERT, UPDATE, DELETE ON ${t} TO sli_app;`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM notices WHERE audit_agency_return_id IS NOT NULL;
      ALTER TABLE notices DROP CONSTRAINT ck_notices__about_one;
      ALTER TABLE notices DROP COLUMN audit_agency_return_id;
      ALTER TABLE notices ADD CONSTRAINT ck_notices__about_one CHECK ((action_id IS NULL) <> (information_request_id IS NULL));
      DROP TABLE audit_agency_return_cases; DROP TABLE audit_agency_returns;`);
  }
}
