import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scorecards published for a partnership's website: a frozen copy of the figures as the admin
 * published them (never the live data), behind an unguessable token that stays the same when the
 * scorecard is published again, so the page embedding it keeps working. At most one publication of a
 * partnership is live; earlier ones are kept, withdrawn.
 *
 * Anyone may read a live publication by its token, and only that way: `sli_published_scorecard` runs
 * as the owner (the table has row-level security for the application role, not forced on the owner).
 */
export class ScorecardPublications1730000001600 implements MigrationInterface {
  name = 'ScorecardPublications1730000001600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scorecard_publications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_scorecard_publications__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        token text NOT NULL CONSTRAINT ck_scorecard_publications__token CHECK (token ~ '^[A-Za-z0-9_-]{22,64}$'),
        as_of date NOT NULL,
        headline_only boolean NOT NULL,
        snapshot jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        published_by text NOT NULL,
        withdrawn_at timestamptz
      );
      -- One token per partnership, shared by its publications over time.
      CREATE INDEX ix_scorecard_publications__token ON scorecard_publications (token);
      CREATE UNIQUE INDEX uq_scorecard_publications__live ON scorecard_publications (partnership_id) WHERE withdrawn_at IS NULL;

      ALTER TABLE scorecard_publications ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON scorecard_publications USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_scorecard_publications__audit AFTER INSERT OR UPDATE OR DELETE ON scorecard_publications
        FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      -- Publications are history: added, withdrawn once, never rewritten or removed.
      GRANT SELECT, INSERT ON scorecard_publications TO sli_app;
      GRANT UPDATE (withdrawn_at) ON scorecard_publications TO sli_app;

      CREATE FUNCTION sli_published_scorecard(p_token text) RETURNS TABLE (snapshot jsonb, published_at timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
          SELECT s.snapshot, s.published_at FROM scorecard_publications s WHERE s.token = p_token AND s.withdrawn_at IS NULL
        $f$;
      REVOKE ALL ON FUNCTION sli_published_scorecard(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION sli_published_scorecard(text) TO sli_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION sli_published_scorecard(text); DROP TABLE scorecard_publications;`);
  }
}
