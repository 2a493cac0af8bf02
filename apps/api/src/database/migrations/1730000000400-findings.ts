import { MigrationInterface, QueryRunner } from 'typeorm';

/** Findings (learning points) and recommendations, each from exactly one review or audit. */
export class Findings1730000000400 implements MigrationInterface {
  name = 'Findings1730000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE findings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_findings__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        review_id uuid,
        audit_id uuid,
        kind text NOT NULL CONSTRAINT ck_findings__kind CHECK (kind IN ('good-practice', 'area-for-improvement')),
        text text NOT NULL CONSTRAINT ck_findings__text CHECK (length(text) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_findings__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_findings__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_findings__review_id FOREIGN KEY (partnership_id, review_id) REFERENCES reviews (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_findings__audit_id FOREIGN KEY (partnership_id, audit_id) REFERENCES audits (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_findings__source CHECK (num_nonnulls(review_id, audit_id) = 1)
      );
      CREATE INDEX ix_findings__review_id ON findings (review_id);
      CREATE INDEX ix_findings__audit_id ON findings (audit_id);

      CREATE TABLE finding_themes (
        partnership_id uuid NOT NULL,
        finding_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        PRIMARY KEY (finding_id, theme_id),
        CONSTRAINT fk_finding_themes__finding_id FOREIGN KEY (partnership_id, finding_id) REFERENCES findings (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_finding_themes__theme_id FOREIGN KEY (partnership_id, theme_id) REFERENCES themes (partnership_id, id)
      );
      CREATE INDEX ix_finding_themes__theme_id ON finding_themes (theme_id);

      CREATE TABLE recommendations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_recommendations__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        review_id uuid,
        audit_id uuid,
        finding_id uuid,
        text text NOT NULL CONSTRAINT ck_recommendations__text CHECK (length(text) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_recommendations__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_recommendations__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_recommendations__review_id FOREIGN KEY (partnership_id, review_id) REFERENCES reviews (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_recommendations__audit_id FOREIGN KEY (partnership_id, audit_id) REFERENCES audits (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_recommendations__finding_id FOREIGN KEY (partnership_id, finding_id) REFERENCES findings (partnership_id, id),
        CONSTRAINT ck_recommendations__source CHECK (num_nonnulls(review_id, audit_id) = 1)
      );
      CREATE INDEX ix_recommendations__review_id ON recommendations (review_id);
      CREATE INDEX ix_recommendations__audit_id ON recommendations (audit_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE recommendations; DROP TABLE finding_themes; DROP TABLE findings;`);
  }
}
