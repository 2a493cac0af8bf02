import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review project management (issue 10).
 *
 * Who reviews and how: `reviewers` (the independent reviewer and others, as professionals may be
 * named; never the child or family), `method` (SCIE Learning Together, systems, hybrid, appreciative
 * inquiry, other with `method_details`). Publication: `report_shared_on` (the final report sent to the
 * national Panel and the Secretary of State, for an LCSPR at least 7 working days before publication)
 * and `planned_publication_on`.
 *
 * The family and practitioner engagement log (`review_engagements`): who was offered a part in the
 * review on a day, and whether they took part or declined: a family member by role only (never a
 * name), a practitioner by agency.
 *
 * Pauses and extensions of a review's timescale (DESIGN.md section 2): the six-month clock stops while
 * a review is paused (for example for criminal proceedings), and an agreed extension moves the due date
 * without hiding the original. A pause runs from `starts_on` to the day the review restarted
 * (`ends_on`, null while paused); an extension is agreed on `starts_on`, by `agreed_by`, to
 * `agreed_due_on`. Part of the review: deleted with it. Rules across rows (pauses do not overlap, an
 * extension moves the due date on) are in @sli/reviews-domain.
 */
export class ReviewProjectManagement1730000002700 implements MigrationInterface {
  name = 'ReviewProjectManagement1730000002700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reviews
        ADD COLUMN reviewers text CONSTRAINT ck_reviews__reviewers CHECK (length(reviewers) BETWEEN 1 AND 500),
        ADD COLUMN method text CONSTRAINT ck_reviews__method CHECK (method IN ('learning-together', 'systems', 'hybrid', 'appreciative-inquiry', 'other')),
        ADD COLUMN method_details text CONSTRAINT ck_reviews__method_details CHECK (length(method_details) BETWEEN 1 AND 2000),
        ADD COLUMN report_shared_on date,
        ADD COLUMN planned_publication_on date;

      CREATE TABLE review_timescale_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_review_timescale_changes__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        review_id uuid NOT NULL,
        kind text NOT NULL CONSTRAINT ck_review_timescale_changes__kind CHECK (kind IN ('pause', 'extension')),
        reason text NOT NULL CONSTRAINT ck_review_timescale_changes__reason
          CHECK (reason IN ('criminal-proceedings', 'inquest', 'family-engagement', 'new-information', 'other')),
        reason_details text CONSTRAINT ck_review_timescale_changes__reason_details CHECK (length(reason_details) BETWEEN 1 AND 2000),
        starts_on date NOT NULL,
        ends_on date,
        agreed_due_on date,
        agreed_by text CONSTRAINT ck_review_timescale_changes__agreed_by CHECK (length(agreed_by) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_review_timescale_changes__review_id FOREIGN KEY (partnership_id, review_id) REFERENCES reviews (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_review_timescale_changes__ends_on CHECK (ends_on > starts_on),
        CONSTRAINT ck_review_timescale_changes__shape CHECK (CASE kind
          WHEN 'pause' THEN agreed_due_on IS NULL AND agreed_by IS NULL
          ELSE ends_on IS NULL AND agreed_due_on IS NOT NULL AND agreed_by IS NOT NULL END),
        -- A review's pauses and extensions are told apart by kind and start: the bundle's key.
        CONSTRAINT uq_review_timescale_changes__start UNIQUE (review_id, kind, starts_on)
      );

      CREATE TABLE review_engagements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_review_engagements__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        review_id uuid NOT NULL,
        engaged_on date NOT NULL,
        party text NOT NULL CONSTRAINT ck_review_engagements__party CHECK (party IN ('family', 'practitioner')),
        family_role text CONSTRAINT ck_review_engagements__family_role CHECK (family_role IN (
          'child-or-adult', 'mother', 'father', 'step-parent', 'grandparent', 'sibling', 'partner', 'carer', 'other-relative')),
        agency_id uuid,
        outcome text NOT NULL CONSTRAINT ck_review_engagements__outcome CHECK (outcome IN ('offered', 'took-part', 'declined')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_review_engagements__ref UNIQUE (partnership_id, ref),
        CONSTRAINT fk_review_engagements__review_id FOREIGN KEY (partnership_id, review_id) REFERENCES reviews (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_review_engagements__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id),
        -- A family member by role, a practitioner by agency: never both, never neither.
        CONSTRAINT ck_review_engagements__who CHECK ((party = 'family') = (family_role IS NOT NULL) AND (party = 'practitioner') = (agency_id IS NOT NULL))
      );
      CREATE INDEX ix_review_engagements__review_id ON review_engagements (review_id);
      CREATE INDEX ix_review_engagements__agency_id ON review_engagements (agency_id);

      ALTER TABLE review_engagements ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON review_engagements USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_review_engagements__audit AFTER INSERT OR UPDATE OR DELETE ON review_engagements
        FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      GRANT SELECT, INSERT, UPDATE, DELETE ON review_engagements TO sli_app;

      ALTER TABLE review_timescale_changes ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON review_timescale_changes USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_review_timescale_changes__audit AFTER INSERT OR UPDATE OR DELETE ON review_timescale_changes
        FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      GRANT SELECT, INSERT, UPDATE, DELETE ON review_timescale_changes TO sli_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE review_engagements; DROP TABLE review_timescale_changes;
      ALTER TABLE reviews DROP COLUMN reviewers, DROP COLUMN method, DROP COLUMN method_details, DROP COLUMN report_shared_on, DROP COLUMN planned_publication_on;`);
  }
}
