import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agencies answer information requests in the product (issue 13): one answer per request (the scoping
 * return's structured fields and free text), saved as a draft until the agency submits it, and its
 * chronology rows. A submitted answer is the return: the API sets the request's returned date when it is
 * submitted, so the timeliness figures read returned_on as before. Pseudonyms only ("Child A"): nothing
 * here names a child or family member.
 */
export class InformationRequestAnswers1730000003100 implements MigrationInterface {
  name = 'InformationRequestAnswers1730000003100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE information_requests ADD CONSTRAINT uq_information_requests__partnership_id_id UNIQUE (partnership_id, id);

      CREATE TABLE information_request_answers (
        information_request_id uuid PRIMARY KEY,
        -- Its own id, for the change history.
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT uq_information_request_answers__id UNIQUE,
        partnership_id uuid NOT NULL CONSTRAINT fk_information_request_answers__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        known_to_agency text CONSTRAINT ck_information_request_answers__known_to_agency CHECK (known_to_agency IN ('yes', 'no', 'unknown')),
        involved_from date,
        involved_to date,
        involvement text CONSTRAINT ck_information_request_answers__involvement CHECK (length(involvement) BETWEEN 1 AND 8000),
        analysis text CONSTRAINT ck_information_request_answers__analysis CHECK (length(analysis) BETWEEN 1 AND 8000),
        notes text CONSTRAINT ck_information_request_answers__notes CHECK (length(notes) BETWEEN 1 AND 8000),
        submitted_on date,
        submitted_by text,
        updated_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_information_request_answers__partnership_id_information_request_id UNIQUE (partnership_id, information_request_id),
        CONSTRAINT fk_information_request_answers__information_request_id FOREIGN KEY (partnership_id, information_request_id)
          REFERENCES information_requests (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_information_request_answers__involved_to CHECK (involved_to IS NULL OR involved_from IS NULL OR involved_to >= involved_from),
        -- A submitted return says whether the agency knew the subject and what its involvement was.
        CONSTRAINT ck_information_request_answers__submitted_on CHECK (submitted_on IS NULL OR (known_to_agency IS NOT NULL AND involvement IS NOT NULL))
      );

      CREATE TABLE chronology_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_chronology_entries__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        information_request_id uuid NOT NULL,
        -- The row's number in the answer, from 1: how a problem names it.
        position int NOT NULL CONSTRAINT ck_chronology_entries__position CHECK (position >= 1),
        occurred_on date NOT NULL,
        agency_id uuid NOT NULL,
        event text NOT NULL CONSTRAINT ck_chronology_entries__event CHECK (length(event) BETWEEN 1 AND 4000),
        source text CONSTRAINT ck_chronology_entries__source CHECK (length(source) BETWEEN 1 AND 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_chronology_entries__information_request_id_position UNIQUE (information_request_id, position),
        CONSTRAINT fk_chronology_entries__information_request_id FOREIGN KEY (partnership_id, information_request_id)
          REFERENCES information_request_answers (partnership_id, information_request_id) ON DELETE CASCADE,
        CONSTRAINT fk_chronology_entries__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id)
      );
      CREATE INDEX ix_chronology_entries__agency_id ON chronology_entries (agency_id);
      CREATE INDEX ix_chronology_entries__occurred_on ON chronology_entries (occurred_on, id);

      ALTER TABLE information_request_answers ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON information_request_answers USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      ALTER TABLE chronology_entries ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON chronology_entries USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_information_request_answers__audit AFTER INSERT OR UPDATE OR DELETE ON information_request_answers
        FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      CREATE TRIGGER tr_chronology_entries__audit AFTER INSERT OR UPDATE OR DELETE ON chronology_entries FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      GRANT SELECT, INSERT, UPDATE, DELETE ON information_request_answers, chronology_entries TO sli_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE chronology_entries; DROP TABLE information_request_answers;
      ALTER TABLE information_requests DROP CONSTRAINT uq_information_requests__partnership_id_id;`);
  }
}
