import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals and their screening decisions (DESIGN section 2): a case referred for consideration (by a
 * practitioner through their agency's safeguarding lead, or by the national Panel), screened against
 * one set of criteria, with the review group's recommendation, the decision, its reasons, who decided
 * and when, when the referrer was told, the Panel's response (children) and the notification and/or
 * review it led to. A case considered and not notified is a decision here, not an overdue notification.
 * Nothing that identifies a child or family: the summary is a description at most.
 */
export class Referrals1730000002600 implements MigrationInterface {
  name = 'Referrals1730000002600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_referrals__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        referred_on date NOT NULL,
        route text NOT NULL CONSTRAINT ck_referrals__route CHECK (route IN ('agency-safeguarding-lead', 'panel', 'other')),
        referring_agency_id uuid,
        criteria text NOT NULL CONSTRAINT ck_referrals__criteria
          CHECK (criteria IN ('children-serious-incident', 'children-local-review', 'adults-care-act-s44', 'domestic-homicide')),
        group_recommendation text CONSTRAINT ck_referrals__group_recommendation
          CHECK (group_recommendation IN ('notify', 'rapid-review', 'other-review', 'no-review')),
        decision text CONSTRAINT ck_referrals__decision CHECK (decision IN ('notify', 'rapid-review', 'other-review', 'no-review')),
        reasons text CONSTRAINT ck_referrals__reasons CHECK (length(reasons) BETWEEN 1 AND 4000),
        decided_by text CONSTRAINT ck_referrals__decided_by CHECK (decided_by IN ('independent-scrutineer', 'chair', 'executive', 'other')),
        decided_on date,
        referrer_told_on date,
        panel_response text CONSTRAINT ck_referrals__panel_response CHECK (panel_response IN ('agrees', 'disagrees', 'awaited')),
        notification_id uuid,
        review_id uuid,
        summary text CONSTRAINT ck_referrals__summary CHECK (length(summary) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_referrals__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_referrals__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_referrals__referring_agency_id FOREIGN KEY (partnership_id, referring_agency_id) REFERENCES agencies (partnership_id, id),
        CONSTRAINT fk_referrals__notification_id FOREIGN KEY (partnership_id, notification_id) REFERENCES notifications (partnership_id, id),
        CONSTRAINT fk_referrals__review_id FOREIGN KEY (partnership_id, review_id) REFERENCES reviews (partnership_id, id),
        -- A decision is dated and has a decider; told and Panel response come after one.
        CONSTRAINT ck_referrals__decided_on CHECK ((decision IS NULL) = (decided_on IS NULL) AND (decision IS NULL) = (decided_by IS NULL)
          AND (decided_on IS NULL OR decided_on >= referred_on)),
        CONSTRAINT ck_referrals__referrer_told_on CHECK (referrer_told_on IS NULL OR (decided_on IS NOT NULL AND referrer_told_on >= decided_on)),
        CONSTRAINT ck_referrals__reasons_given CHECK (decision IS DISTINCT FROM 'no-review' OR reasons IS NOT NULL),
        CONSTRAINT ck_referrals__referring_agency_named CHECK (route <> 'agency-safeguarding-lead' OR referring_agency_id IS NOT NULL),
        CONSTRAINT ck_referrals__notification_decided CHECK (notification_id IS NULL OR decision IN ('notify', 'rapid-review')),
        CONSTRAINT ck_referrals__review_decided CHECK (review_id IS NULL OR decision IN ('rapid-review', 'other-review'))
      );
      CREATE INDEX ix_referrals__partnership_id_referred_on ON referrals (partnership_id, referred_on);
      CREATE INDEX ix_referrals__notification_id ON referrals (notification_id) WHERE notification_id IS NOT NULL;
      CREATE INDEX ix_referrals__review_id ON referrals (review_id) WHERE review_id IS NOT NULL;

      ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON referrals USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_referrals__audit AFTER INSERT OR UPDATE OR DELETE ON referrals FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      GRANT SELECT, INSERT, UPDATE, DELETE ON referrals TO sli_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referrals`);
  }
}
