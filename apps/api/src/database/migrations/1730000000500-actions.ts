import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Action plans: each action is owned by one agency, comes from a review or an audit (optionally
 * a recommendation of it), and keeps every status change as an update. BRAG and overdue are
 * computed from status and due date on read, never stored.
 */
export class Actions1730000000500 implements MigrationInterface {
  name = 'Actions1730000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_actions__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        review_id uuid,
        audit_id uuid,
        recommendation_id uuid,
        owner_agency_id uuid NOT NULL,
        title text NOT NULL CONSTRAINT ck_actions__title CHECK (length(title) BETWEEN 1 AND 1000),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'not-started' CONSTRAINT ck_actions__status
          CHECK (status IN ('not-started', 'in-progress', 'completed', 'impact-evidenced', 'cancelled')),
        completed_on date,
        impact_evidence text,
        monitoring_committee text,
        signed_off_on date,
        signed_off_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_actions__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_actions__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_actions__review_id FOREIGN KEY (partnership_id, review_id) REFERENCES reviews (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_actions__audit_id FOREIGN KEY (partnership_id, audit_id) REFERENCES audits (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_actions__recommendation_id FOREIGN KEY (partnership_id, recommendation_id) REFERENCES recommendations (partnership_id, id),
        CONSTRAINT fk_actions__owner_agency_id FOREIGN KEY (partnership_id, owner_agency_id) REFERENCES agencies (partnership_id, id),
        CONSTRAINT ck_actions__source CHECK (num_nonnulls(review_id, audit_id) = 1),
        CONSTRAINT ck_actions__completed_on CHECK ((status IN ('completed', 'impact-evidenced')) = (completed_on IS NOT NULL)),
        CONSTRAINT ck_actions__impact_evidence CHECK (status <> 'impact-evidenced' OR impact_evidence IS NOT NULL)
      );
      CREATE INDEX ix_actions__partnership_id_due_on ON actions (partnership_id, due_on);
      CREATE INDEX ix_actions__partnership_id_status ON actions (partnership_id, status);
      CREATE INDEX ix_actions__owner_agency_id ON actions (owner_agency_id);
      CREATE INDEX ix_actions__review_id ON actions (review_id);
      CREATE INDEX ix_actions__audit_id ON actions (audit_id);

      CREATE TABLE action_themes (
        partnership_id uuid NOT NULL,
        action_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        PRIMARY KEY (action_id, theme_id),
        CONSTRAINT fk_action_themes__action_id FOREIGN KEY (partnership_id, action_id) REFERENCES actions (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_action_themes__theme_id FOREIGN KEY (partnership_id, theme_id) REFERENCES themes (partnership_id, id)
      );
      CREATE INDEX ix_action_themes__theme_id ON action_themes (theme_id);

      CREATE TABLE action_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        action_id uuid NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by text NOT NULL,
        from_status text CONSTRAINT ck_action_updates__from_status
          CHECK (from_status IN ('not-started', 'in-progress', 'completed', 'impact-evidenced', 'cancelled')),
        to_status text NOT NULL CONSTRAINT ck_action_updates__to_status
          CHECK (to_status IN ('not-started', 'in-progress', 'completed', 'impact-evidenced', 'cancelled')),
        note text,
        CONSTRAINT fk_action_updates__action_id FOREIGN KEY (partnership_id, action_id) REFERENCES actions (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT uq_action_updates__action_id_changed_at UNIQUE (action_id, changed_at)
      );
      CREATE INDEX ix_action_updates__action_id ON action_updates (action_id, changed_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE action_updates; DROP TABLE action_themes; DROP TABLE actions;`);
  }
}
