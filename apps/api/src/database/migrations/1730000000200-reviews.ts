import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Serious incident notifications, reviews of every type (rapid reviews included, with their
 * statutory milestones) and the information requested from each agency for a review.
 */
export class Reviews1730000000200 implements MigrationInterface {
  name = 'Reviews1730000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_notifications__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        date_aware date NOT NULL,
        date_notified date,
        harm text NOT NULL CONSTRAINT ck_notifications__harm CHECK (harm IN ('death', 'serious-harm')),
        age_band text NOT NULL CONSTRAINT ck_notifications__age_band
          CHECK (age_band IN ('under-1', '1-5', '6-10', '11-15', '16-17')),
        decision text NOT NULL DEFAULT 'pending' CONSTRAINT ck_notifications__decision
          CHECK (decision IN ('pending', 'rapid-review', 'no-rapid-review')),
        summary text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_notifications__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_notifications__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT ck_notifications__date_notified CHECK (date_notified IS NULL OR date_notified >= date_aware)
      );
      CREATE INDEX ix_notifications__partnership_id_date_aware ON notifications (partnership_id, date_aware);

      CREATE TABLE notification_themes (
        partnership_id uuid NOT NULL,
        notification_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        PRIMARY KEY (notification_id, theme_id),
        CONSTRAINT fk_notification_themes__notification_id FOREIGN KEY (partnership_id, notification_id)
          REFERENCES notifications (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_notification_themes__theme_id FOREIGN KEY (partnership_id, theme_id) REFERENCES themes (partnership_id, id)
      );
      CREATE INDEX ix_notification_themes__theme_id ON notification_themes (theme_id);

      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_reviews__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        type text NOT NULL CONSTRAINT ck_reviews__type CHECK (type IN (
          'rapid-review', 'lcspr', 'national-cspr', 'scr', 'plr', 'sar', 'dhr', 'appreciative-inquiry',
          'single-agency', 'critical-incident', 'practice-learning-set', 'child-death')),
        title text NOT NULL CONSTRAINT ck_reviews__title CHECK (length(title) BETWEEN 1 AND 300),
        status text NOT NULL DEFAULT 'proposed' CONSTRAINT ck_reviews__status CHECK (status IN (
          'proposed', 'scoping', 'in-progress', 'report-drafted', 'completed', 'published', 'closed-unpublished')),
        notification_id uuid,
        source_review_id uuid,
        initiated_on date NOT NULL,
        terms_agreed_on date,
        completed_on date,
        published_on date,
        unpublished_reason text,
        independent_reviewer boolean NOT NULL DEFAULT false,
        family_participation text NOT NULL DEFAULT 'not-yet-offered' CONSTRAINT ck_reviews__family_participation
          CHECK (family_participation IN ('not-yet-offered', 'offered', 'took-part', 'declined', 'not-appropriate')),
        practitioners_involved int CONSTRAINT ck_reviews__practitioners_involved CHECK (practitioners_involved >= 0),
        -- Rapid reviews only: the Leeds process milestones and the outcome sent to the national panel.
        info_requested_on date,
        meeting_on date,
        sent_to_panel_on date,
        rapid_review_outcome text CONSTRAINT ck_reviews__rapid_review_outcome
          CHECK (rapid_review_outcome IN ('lcspr', 'other-learning-review', 'no-further-review')),
        national_review_recommended boolean,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_reviews__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_reviews__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_reviews__notification_id FOREIGN KEY (partnership_id, notification_id) REFERENCES notifications (partnership_id, id),
        CONSTRAINT fk_reviews__source_review_id FOREIGN KEY (partnership_id, source_review_id) REFERENCES reviews (partnership_id, id),
        CONSTRAINT ck_reviews__completed_on CHECK (completed_on IS NULL OR completed_on >= initiated_on),
        CONSTRAINT ck_reviews__published_on CHECK (published_on IS NULL OR (completed_on IS NOT NULL AND published_on >= completed_on)),
        CONSTRAINT ck_reviews__unpublished_reason CHECK (status <> 'closed-unpublished' OR unpublished_reason IS NOT NULL),
        CONSTRAINT ck_reviews__rapid_review_fields CHECK (type = 'rapid-review' OR (info_requested_on IS NULL
          AND meeting_on IS NULL AND sent_to_panel_on IS NULL AND rapid_review_outcome IS NULL AND national_review_recommended IS NULL))
      );
      CREATE INDEX ix_reviews__partnership_id_initiated_on ON reviews (partnership_id, initiated_on);
      CREATE INDEX ix_reviews__partnership_id_type_status ON reviews (partnership_id, type, status);
      CREATE INDEX ix_reviews__notification_id ON reviews (notification_id);

      CREATE TABLE review_agencies (
        partnership_id uuid NOT NULL,
        review_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        PRIMARY KEY (review_id, agency_id),
        CONSTRAINT fk_review_agencies__review_id FOREIGN KEY (partnership_id, review_id) REFERENCES reviews (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_review_agencies__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id)
      );
      CREATE INDEX ix_review_agencies__agency_id ON review_agencies (agency_id);

      CREATE TABLE review_themes (
        partnership_id uuid NOT NULL,
        review_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        PRIMARY KEY (review_id, theme_id),
        CONSTRAINT fk_review_themes__review_id FOREIGN KEY (partnership_id, review_id) REFERENCES reviews (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_review_themes__theme_id FOREIGN KEY (partnership_id, theme_id) REFERENCES themes (partnership_id, id)
      );
      CREATE INDEX ix_review_themes__theme_id ON review_themes (theme_id);

      CREATE TABLE information_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_information_requests__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        review_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        kind text NOT NULL CONSTRAINT ck_information_requests__kind
          CHECK (kind IN ('rapid-review-information', 'scoping', 'chronology', 'analysis')),
        sent_on date NOT NULL,
        due_on date NOT NULL,
        reminded_on date,
        returned_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_information_requests__ref UNIQUE (partnership_id, ref),
        CONSTRAINT fk_information_requests__review_id FOREIGN KEY (partnership_id, review_id) REFERENCES reviews (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_information_requests__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id),
        CONSTRAINT ck_information_requests__due_on CHECK (due_on >= sent_on),
        CONSTRAINT ck_information_requests__returned_on CHECK (returned_on IS NULL OR returned_on >= sent_on)
      );
      CREATE INDEX ix_information_requests__review_id ON information_requests (review_id);
      CREATE INDEX ix_information_requests__partnership_id_due_on ON information_requests (partnership_id, due_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE information_requests; DROP TABLE review_themes; DROP TABLE review_agencies;
      DROP TABLE reviews; DROP TABLE notification_themes; DROP TABLE notifications;`);
  }
}
